package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;

/** The Jackson mapping of {@link Transaction}: explicit members, built through its builder. */
@JsonSerialize(as = Transaction.class)
@JsonDeserialize(builder = Transaction.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "date", "amount", "fromInstitution", "toInstitution", "description"})
abstract class TransactionMixIn {
  @JsonProperty("type")
  abstract TransactionType type();

  @JsonProperty("date")
  @JsonSerialize(using = LocalDateSerializer.class)
  abstract LocalDate date();

  @JsonProperty("amount")
  abstract Money amount();

  @JsonProperty("fromInstitution")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> fromInstitution();

  @JsonProperty("toInstitution")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> toInstitution();

  @JsonProperty("description")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> description();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("type")
    abstract Object type(TransactionType type);

    @JsonProperty("date")
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object date(LocalDate date);

    @JsonProperty("amount")
    abstract Object amount(Money amount);

    @JsonProperty("fromInstitution")
    abstract Object fromInstitution(InstitutionId fromInstitution);

    @JsonProperty("toInstitution")
    abstract Object toInstitution(InstitutionId toInstitution);

    @JsonProperty("description")
    abstract Object description(LocalizedText description);
  }
}
