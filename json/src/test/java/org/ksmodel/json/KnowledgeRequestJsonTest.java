package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;

/** The wire form of a knowledge request (1.1): members, defaults, documents and NDJSON. */
class KnowledgeRequestJsonTest {
  static final KnowledgeRequest FULL =
      KnowledgeRequest.builder()
          .id(KnowledgeRequestId.of("REQ-MZ-1"))
          .requester(InstitutionId.of("MZ-INGD"))
          .country(CountryCode.of("MZ"))
          .challenge(
              LocalizedText.of(
                  LanguageCode.of("pt"),
                  Map.of(
                      LanguageCode.of("pt"), "Gestão comunitária do risco",
                      LanguageCode.of("en"), "Community-based risk management")))
          .addSectors(SectorCode.of("43060"))
          .addSdgTargets(SdgTarget.of("1.5"))
          .addLanguages(LanguageCode.of("pt"))
          .addPreferredInstruments(ExchangeInstrument.STUDY_TOUR, ExchangeInstrument.TRAINING)
          .preferredDelivery(Delivery.BLENDED)
          .period(DateRange.ofClosed(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)))
          .status(RequestStatus.SERVED)
          .addPartnerships(PartnershipId.of("PS-1"))
          .addSolutions(SolutionId.of("SOL-1"))
          .requestDate(LocalDate.of(2021, 3, 15))
          .build();

  static final String FULL_JSON =
      "{\"id\":\"REQ-MZ-1\",\"requester\":\"MZ-INGD\",\"country\":\"MZ\","
          + "\"challenge\":{\"defaultLanguage\":\"pt\",\"texts\":{\"pt\":\"Gestão comunitária do"
          + " risco\",\"en\":\"Community-based risk management\"}},"
          + "\"sectors\":[\"43060\"],\"sdgTargets\":[\"1.5\"],\"languages\":[\"pt\"],"
          + "\"preferredInstruments\":[\"STUDY_TOUR\",\"TRAINING\"],\"preferredDelivery\":\"BLENDED\","
          + "\"period\":{\"start\":\"2022-01-01\",\"end\":\"2023-12-31\"},\"status\":\"SERVED\","
          + "\"partnerships\":[\"PS-1\"],\"solutions\":[\"SOL-1\"],\"requestDate\":\"2021-03-15\"}";

  @Test
  void everyMemberHasItsWireName() {
    assertThat(KsJson.strict().writeString(FULL)).isEqualTo(FULL_JSON);
    assertThat(KsJson.strict().read(KnowledgeRequest.class, FULL_JSON).orElseThrow())
        .isEqualTo(FULL);
  }

  @Test
  void theStatusIsOpenWhenAbsentAndAlwaysWritten() {
    String minimal =
        "{\"id\":\"R\",\"requester\":\"I\",\"challenge\":{\"defaultLanguage\":\"en\",\"texts\":"
            + "{\"en\":\"How?\"}}}";
    KnowledgeRequest request = KsJson.strict().read(KnowledgeRequest.class, minimal).orElseThrow();
    assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
    assertThat(KsJson.strict().writeString(request))
        .isEqualTo(minimal.replace("}}}", "}},\"status\":\"OPEN\"}"));
  }

  @Test
  void aRequestWithoutItsChallengeOrWithAnUnknownStatusIsRefused() {
    String noChallenge = "{\"id\":\"R\",\"requester\":\"I\"}";
    assertThat(KsJson.strict().read(KnowledgeRequest.class, noChallenge).isSuccess()).isFalse();
    String badStatus = FULL_JSON.replace("\"SERVED\"", "\"DONE\"");
    ReadResult<KnowledgeRequest> result = KsJson.strict().read(KnowledgeRequest.class, badStatus);
    assertThat(result.isSuccess()).isFalse();
    assertThat(result.problems()).extracting(v -> v.path().toJsonPointer()).contains("/status");
  }

  @Test
  void aDatasetDocumentHoldsThemLastAndOneWithoutThemStillReads() {
    Dataset dataset = Dataset.builder().addKnowledgeRequests(FULL).build();
    String document = KsJson.strict().writeString(dataset);
    assertThat(document)
        .isEqualTo("{\"ksmodel\":\"1.1\",\"knowledgeRequests\":[" + FULL_JSON + "]}");
    assertThat(KsJson.strict().readDataset(document).orElseThrow()).isEqualTo(dataset);
    Dataset old = KsJson.strict().readDataset("{\"ksmodel\":\"1.0\"}").orElseThrow();
    assertThat(old.knowledgeRequests()).isEmpty();
    ReadResult<Dataset> repeated =
        KsJson.lenient()
            .readDataset("{\"ksmodel\":\"1.1\",\"knowledgeRequests\":[],\"knowledgeRequests\":[]}");
    assertThat(repeated.problems()).extracting(Violation::code).contains("json.key.duplicate");
  }

  @Test
  void anNdjsonLineOfKindKnowledgeRequest() throws Exception {
    Dataset dataset = Dataset.builder().addKnowledgeRequests(FULL).build();
    String ndjson = KsJson.strict().writeNdjson(dataset);
    assertThat(ndjson).isEqualTo("{\"kind\":\"knowledgeRequest\"," + FULL_JSON.substring(1) + "\n");
    try (NdjsonReader reader =
        KsJson.strict()
            .ndjsonReader(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      List<NdjsonRecord> records = reader.stream().toList();
      assertThat(records).hasSize(1);
      assertThat(records.get(0).kind()).contains(EntityKind.KNOWLEDGE_REQUEST);
      assertThat(records.get(0).entity(KnowledgeRequest.class)).contains(FULL);
    }
    String kindLast =
        "{" + FULL_JSON.substring(1, FULL_JSON.length() - 1) + ",\"kind\":\"knowledgeRequest\"}\n";
    assertThat(KsJson.strict().readNdjson(kindLast).orElseThrow()).isEqualTo(dataset);
  }
}
