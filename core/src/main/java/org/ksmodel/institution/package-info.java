/**
 * Institutions that take part in knowledge sharing: line ministries, cooperation agencies,
 * development banks, networks and the rest; when an institution acts as a knowledge hub, its {@link
 * org.ksmodel.institution.HubProfile}, its {@link org.ksmodel.institution.KsBudget} and its {@link
 * org.ksmodel.institution.CapacityAssessment}s against the eight pillars of a knowledge-sharing
 * organisation.
 *
 * <p>Every value of this package is immutable and safe to share across threads.
 */
package org.ksmodel.institution;
