/**
 * The dataset: every institution, solution, partnership, funding and results framework of one
 * document, with lookups by id, simple queries and the partnership network. It is what a JSON
 * document holds and what cross-entity validation runs on.
 */
package org.ksmodel.dataset;
