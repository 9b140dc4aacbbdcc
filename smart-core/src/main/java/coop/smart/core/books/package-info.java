/**
 * The entity's books as its accountants and the tax authorities read them: the ledger's accounts
 * mapped onto the entity's statutory chart, the journal of a period written out entry by entry
 * (the French FEC, a CSV for Belgian accounting packages) and the trial balance on a date.
 */
package coop.smart.core.books;
