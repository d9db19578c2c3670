/**
 * The showcase dataset ({@link org.ksmodel.examples.showcase.Showcase#dataset()}): the knowledge
 * hubs and exchanges of the field's source documents, written as readable Java, one file per theme
 * (institutions, solutions, partnerships, funding, results). It is the data of the {@code demo}
 * command and a worked example of building the model by hand.
 */
package org.ksmodel.examples.showcase;
