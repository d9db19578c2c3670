package org.ksmodel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;

class KnowledgeRequestTest {
  static final KnowledgeRequestId ID = KnowledgeRequestId.of("REQ-MZ-1");
  static final InstitutionId INGD = InstitutionId.of("MZ-INGD");

  static KnowledgeRequest.Builder minimal() {
    return KnowledgeRequest.builder()
        .id(ID)
        .requester(INGD)
        .challenge(LocalizedText.of("Community-based disaster risk management"));
  }

  @Test
  void isTheSixthKindAndOrdersLast() {
    KnowledgeRequest request = minimal().build();
    assertThat(request.kind()).isEqualTo(EntityKind.KNOWLEDGE_REQUEST);
    assertThat(request.id().kind()).isEqualTo(EntityKind.KNOWLEDGE_REQUEST);
    assertThat(EntityKind.KNOWLEDGE_REQUEST.ordinal()).isEqualTo(5);
    assertThat(EntityKind.KNOWLEDGE_REQUEST.wireName()).isEqualTo("knowledgeRequest");
    assertThat(EntityKind.KNOWLEDGE_REQUEST.collectionName()).isEqualTo("knowledgeRequests");
    assertThat(EntityKind.RESULTS_FRAMEWORK.ordinal()).isEqualTo(4);
  }

  @Test
  void defaultsToOpenWithNothingElseSaid() {
    KnowledgeRequest request = minimal().build();
    assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
    assertThat(request.country()).isEmpty();
    assertThat(request.requestDate()).isEmpty();
    assertThat(request.period()).isEmpty();
    assertThat(request.preferredDelivery()).isEmpty();
    assertThat(request.sectors()).isEmpty();
    assertThat(request.hasAnswers()).isFalse();
  }

  @Test
  void requiresAnIdARequesterAndAChallenge() {
    assertThatThrownBy(() -> KnowledgeRequest.builder().id(ID).requester(INGD).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> KnowledgeRequest.builder().id(ID).challenge(LocalizedText.of("x")).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void answersArePartnershipsOrSolutions() {
    assertThat(minimal().addPartnerships(PartnershipId.of("P-1")).build().hasAnswers()).isTrue();
    assertThat(minimal().addSolutions(SolutionId.of("S-1")).build().hasAnswers()).isTrue();
    assertThat(RequestStatus.MATCHED.isAnswered()).isTrue();
    assertThat(RequestStatus.SERVED.isAnswered()).isTrue();
    assertThat(RequestStatus.OPEN.isAnswered()).isFalse();
    assertThat(RequestStatus.WITHDRAWN.isAnswered()).isFalse();
  }

  @Test
  void keepsEveryAttribute() {
    KnowledgeRequest request =
        minimal()
            .country(CountryCode.of("MZ"))
            .addPreferredInstruments(ExchangeInstrument.STUDY_TOUR, ExchangeInstrument.TRAINING)
            .preferredDelivery(Delivery.BLENDED)
            .requestDate(LocalDate.of(2019, 5, 2))
            .status(RequestStatus.SERVED)
            .addPartnerships(PartnershipId.of("P-1"))
            .build();
    assertThat(request.preferredInstruments())
        .containsExactly(ExchangeInstrument.STUDY_TOUR, ExchangeInstrument.TRAINING);
    assertThat(request.country()).contains(CountryCode.of("MZ"));
    assertThat(KnowledgeRequest.builder().from(request).build()).isEqualTo(request);
    assertThat(minimal().build()).isNotEqualTo(request);
  }

  @Test
  void aDatasetLooksRequestsUpAndQueriesThem() {
    KnowledgeRequest open = minimal().build();
    KnowledgeRequest served =
        minimal()
            .id(KnowledgeRequestId.of("REQ-2"))
            .status(RequestStatus.SERVED)
            .addPartnerships(PartnershipId.of("P-1"), PartnershipId.of("P-1"))
            .addSolutions(SolutionId.of("S-1"))
            .build();
    Dataset dataset = Dataset.builder().addKnowledgeRequests(open, served, open).build();
    assertThat(dataset.size()).isEqualTo(3);
    assertThat(dataset.knowledgeRequest(ID)).containsSame(open);
    assertThat(dataset.knowledgeRequest(KnowledgeRequestId.of("REQ-404"))).isEmpty();
    assertThat(dataset.contains(KnowledgeRequestId.of("REQ-2"))).isTrue();
    assertThat(dataset.positionOf(KnowledgeRequestId.of("REQ-2"))).isEqualTo(1);
    assertThat(dataset.duplicateIds()).containsExactly(ID);
    assertThat(dataset.knowledgeRequestsWith(RequestStatus.OPEN)).containsExactly(open, open);
    assertThat(dataset.knowledgeRequestsWith(RequestStatus.MATCHED)).isEmpty();
    assertThat(dataset.knowledgeRequestsOf(INGD)).containsExactly(open, served, open);
    assertThat(dataset.knowledgeRequestsAnsweredBy(PartnershipId.of("P-1")))
        .containsExactly(served);
    assertThat(dataset.knowledgeRequestsAnsweredBy(SolutionId.of("S-1"))).containsExactly(served);
    assertThat(dataset.toString()).endsWith(", knowledgeRequests=3}");
    assertThat(Dataset.builder().addKnowledgeRequests(open).build())
        .isNotEqualTo(Dataset.empty())
        .isEqualTo(Dataset.builder().knowledgeRequests(List.of(open)).build());
  }
}
