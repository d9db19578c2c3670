/**
 * Partnerships: the cooperation initiatives (IATI activities, SEGIB initiatives) through which
 * institutions share development solutions, with their {@link
 * org.ksmodel.partnership.Participation}s and {@link org.ksmodel.partnership.Role}s, their {@link
 * org.ksmodel.partnership.Design} after the <i>Art of Knowledge Exchange</i> and the <i>Capacity
 * Development Results Framework</i>, and their {@link org.ksmodel.partnership.ExchangeActivity}s.
 *
 * <p>Every value of this package is immutable and safe to share across threads.
 */
package org.ksmodel.partnership;
