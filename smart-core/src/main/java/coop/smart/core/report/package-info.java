/**
 * What an entity reads from its own books: the checks its books must pass on any day, and the
 * annual report's tables, both computed from the stored records through the operations' ports; it
 * builds on the operations, which do not know it.
 */
package coop.smart.core.report;
