package org.ksmodel.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapping to the IATI TransactionType codelist. */
class TransactionTypeTest {
  @Test
  void typesMapToTransactionTypesAndBack() {
    assertThat(TransactionType.INCOMING_FUNDS.iatiCode()).isEqualTo("1");
    assertThat(TransactionType.COMMITMENT.iatiCode()).isEqualTo("2");
    assertThat(TransactionType.DISBURSEMENT.iatiCode()).isEqualTo("3");
    assertThat(TransactionType.EXPENDITURE.iatiCode()).isEqualTo("4");
    for (TransactionType type : TransactionType.values()) {
      assertThat(TransactionType.fromIatiCode(type.iatiCode())).contains(type);
    }
  }

  @Test
  void incomingCommitmentAndReimbursementHaveTypesOfTheirOwn() {
    assertThat(TransactionType.fromIatiCode("11")).contains(TransactionType.INCOMING_COMMITMENT);
    assertThat(TransactionType.fromIatiCode("7")).contains(TransactionType.REIMBURSEMENT);
    assertThat(TransactionType.fromIatiCode("12")).contains(TransactionType.OUTGOING_PLEDGE);
  }

  /** The codes of the IATI TransactionType codelist, as bundled for the tests. */
  @Test
  void everyCodeOfTheCodelistHasExactlyOneType() throws Exception {
    String xml;
    try (var in =
        TransactionTypeTest.class.getResourceAsStream("/realdata/codelists/TransactionType.xml")) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    java.util.List<String> codes =
        java.util.regex.Pattern.compile("<code>([^<]+)</code>")
            .matcher(xml)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(codes).hasSize(13);
    assertThat(java.util.Arrays.stream(TransactionType.values()).map(TransactionType::iatiCode))
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"14", "0", "", "C", "01"})
  void otherCodesMapToNothing(String code) {
    assertThat(TransactionType.fromIatiCode(code)).isEmpty();
  }

  @Test
  void spendingIsDisbursementExpenditureOrReimbursement() {
    assertThat(TransactionType.DISBURSEMENT.isSpending()).isTrue();
    assertThat(TransactionType.EXPENDITURE.isSpending()).isTrue();
    assertThat(TransactionType.REIMBURSEMENT.isSpending()).isTrue();
    assertThat(TransactionType.INCOMING_COMMITMENT.isSpending()).isFalse();
    assertThat(TransactionType.COMMITMENT.isPromise()).isTrue();
    assertThat(TransactionType.INCOMING_PLEDGE.isPromise()).isTrue();
    assertThat(TransactionType.DISBURSEMENT.isPromise()).isFalse();
    assertThat(TransactionType.COMMITMENT.isSpending()).isFalse();
    assertThat(TransactionType.INCOMING_FUNDS.isSpending()).isFalse();
    assertThatThrownBy(() -> TransactionType.fromIatiCode(null))
        .isInstanceOf(NullPointerException.class);
  }
}
