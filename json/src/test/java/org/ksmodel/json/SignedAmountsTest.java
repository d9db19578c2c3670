package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;

/** A transaction's amount may be negative on the wire (a reversal); money elsewhere may not. */
class SignedAmountsTest {
  private static String funding(String transactionAmount, String budgetAmount) {
    return "{\"ksmodel\": \"1.1\", \"fundings\": [{\"id\": \"F-1\", \"partnership\": \"P-1\","
        + " \"transactions\": [{\"type\": \"DISBURSEMENT\", \"date\": \"2020-01-01\","
        + " \"amount\": {\"amount\": "
        + transactionAmount
        + ", \"currency\": \"USD\"}}],"
        + " \"budgets\": [{\"period\": {\"start\": \"2020-01-01\", \"end\": \"2020-12-31\"},"
        + " \"value\": {\"amount\": "
        + budgetAmount
        + ", \"currency\": \"USD\"}}]}]}";
  }

  @Test
  void aNegativeTransactionAmountIsReadAndWrittenAsText() {
    ReadResult<Dataset> read = KsJson.strict().readDataset(funding("\"-500.00\"", "\"10\""));
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow().fundings().get(0).transactions().get(0).amount())
        .isEqualTo(SignedMoney.of("-500", "USD"));
    assertThat(KsJson.strict().writeString(read.orElseThrow())).contains("\"amount\":\"-500.00\"");
    ReadResult<Dataset> number = KsJson.strict().readDataset(funding("-7.5", "\"10\""));
    assertThat(number.orElseThrow().fundings().get(0).transactions().get(0).amount())
        .isEqualTo(SignedMoney.of("-7.50", "USD"));
  }

  @Test
  void aNegativeBudgetAndAMalformedAmountAreRefused() {
    assertThat(KsJson.strict().readDataset(funding("\"1\"", "\"-10\"")).problems())
        .extracting(Violation::code)
        .contains("money.negative");
    assertThat(KsJson.strict().readDataset(funding("\"--1\"", "\"10\"")).problems())
        .extracting(Violation::code)
        .contains("money.amount.form");
  }

  @Test
  void aBudgetWithoutAnEndIsRefused() {
    String open = funding("\"1\"", "\"10\"").replace(", \"end\": \"2020-12-31\"", "");
    assertThat(KsJson.strict().readDataset(open).problems())
        .extracting(Violation::code)
        .contains("funding.budget.period.open");
  }
}
