package org.ksmodel.json;

import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.RequestGen;
import org.ksmodel.testkit.ResultsGen;
import org.ksmodel.testkit.SolutionGen;

/** Datasets made of the generator kit's entities (ids invented, links need not resolve). */
final class DatasetGen {
  private DatasetGen() {}

  /** A dataset with up to {@code max} entities of each kind. */
  static Gen<Dataset> dataset(int max) {
    return rng ->
        Dataset.builder()
            .addAllInstitutions(InstitutionGen.any().list(0, max).next(rng))
            .addAllSolutions(SolutionGen.any().list(0, max).next(rng))
            .addAllPartnerships(PartnershipGen.any().list(0, max).next(rng))
            .addAllFundings(FundingGen.any().list(0, max).next(rng))
            .addAllResultsFrameworks(ResultsGen.any().list(0, max).next(rng))
            .addAllKnowledgeRequests(RequestGen.any().list(0, max).next(rng))
            .build();
  }
}
