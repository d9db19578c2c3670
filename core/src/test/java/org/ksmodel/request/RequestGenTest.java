package org.ksmodel.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.RequestGen;
import org.ksmodel.testkit.Rng;

/** The generators give requests of every status with every attribute, sometimes set. */
class RequestGenTest {
  @Test
  void datasetsHoldLinkedRequestsOfEveryStatus() {
    Rng rng = Rng.seeded(13);
    List<KnowledgeRequest> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Dataset dataset = DatasetGen.dataset(5, 30).next(rng);
      for (KnowledgeRequest request : dataset.knowledgeRequests()) {
        assertThat(dataset.contains(request.requester())).isTrue();
        request.partnerships().forEach(p -> assertThat(dataset.contains(p)).isTrue());
        request.solutions().forEach(s -> assertThat(dataset.contains(s)).isTrue());
        requests.add(request);
      }
    }
    Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
    requests.forEach(r -> statuses.add(r.status()));
    assertThat(statuses).containsExactlyInAnyOrder(RequestStatus.values());
    assertThat(requests).anyMatch(r -> r.partnerships().isEmpty() && !r.solutions().isEmpty());
  }

  @Test
  void everyAttributeIsSometimesSetAndSometimesNot() {
    Rng rng = Rng.seeded(7);
    List<KnowledgeRequest> requests = RequestGen.any().list(300, 300).next(rng);
    assertThat(requests).anyMatch(r -> r.country().isPresent());
    assertThat(requests).anyMatch(r -> r.country().isEmpty());
    assertThat(requests).anyMatch(r -> r.period().isPresent());
    assertThat(requests).anyMatch(r -> r.period().isEmpty());
    assertThat(requests).anyMatch(r -> r.requestDate().isPresent());
    assertThat(requests).anyMatch(r -> r.requestDate().isEmpty());
    assertThat(requests).anyMatch(r -> r.preferredDelivery().isPresent());
    assertThat(requests).anyMatch(r -> r.preferredDelivery().isEmpty());
    assertThat(requests).anyMatch(r -> !r.preferredInstruments().isEmpty());
    assertThat(requests).anyMatch(r -> !r.languages().isEmpty());
    assertThat(requests).anyMatch(r -> !r.sdgTargets().isEmpty());
    assertThat(requests).anyMatch(r -> !r.sectors().isEmpty());
    assertThat(requests).anyMatch(r -> !r.partnerships().isEmpty());
    assertThat(requests).anyMatch(r -> !r.solutions().isEmpty());
    assertThat(requests).anyMatch(r -> r.challenge().texts().size() > 1);
    assertThat(requests).allMatch(r -> !r.sectors().isEmpty() || !r.sdgTargets().isEmpty());
  }
}
