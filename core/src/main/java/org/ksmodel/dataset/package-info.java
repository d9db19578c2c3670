/**
 * The dataset: every institution, solution, partnership, funding and results framework of one
 * document, with lookups by id, simple queries and the partnership network. It is what a JSON
 * document holds and what cross-entity validation runs on.
 *
 * <p>A {@link org.ksmodel.dataset.Dataset} is immutable and safe to share across threads; its
 * indexes are built on first use, once or idempotently, and safely published. Its builder is not
 * thread-safe.
 *
 * <p>Unless stated otherwise, methods throw {@link NullPointerException} for a null argument.
 */
package org.ksmodel.dataset;
