/**
 * Who may reach an entity's records through the API: its keys, each bound to one entity, one role
 * and, as a member's key, one member, and the store they are kept in.
 */
package coop.smart.core.access;
