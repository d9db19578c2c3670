/**
 * Development solutions (good practices) and their life in a catalogue: the {@link
 * org.ksmodel.solution.SolutionStage} from identified to shared, the {@link
 * org.ksmodel.solution.CriterionAssessment}s that validate them, the {@link
 * org.ksmodel.solution.KnowledgeProduct}s that package them and the {@link
 * org.ksmodel.solution.Adoption}s where they were taken up.
 *
 * <p>Every value of this package is immutable and safe to share across threads.
 */
package org.ksmodel.solution;
