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
  void incomingCommitmentAndReimbursementAreRead() {
    assertThat(TransactionType.fromIatiCode("11")).contains(TransactionType.COMMITMENT);
    assertThat(TransactionType.fromIatiCode("7")).contains(TransactionType.DISBURSEMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "6", "8", "9", "10", "12", "13", "0", "", "C"})
  void otherCodesMapToNothing(String code) {
    assertThat(TransactionType.fromIatiCode(code)).isEmpty();
  }

  @Test
  void spendingIsDisbursementOrExpenditure() {
    assertThat(TransactionType.DISBURSEMENT.isSpending()).isTrue();
    assertThat(TransactionType.EXPENDITURE.isSpending()).isTrue();
    assertThat(TransactionType.COMMITMENT.isSpending()).isFalse();
    assertThat(TransactionType.INCOMING_FUNDS.isSpending()).isFalse();
    assertThatThrownBy(() -> TransactionType.fromIatiCode(null))
        .isInstanceOf(NullPointerException.class);
  }
}
