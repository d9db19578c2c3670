package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Contact;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;

/** The 1.1 members of participations and partnerships on the wire, and the personal-data option. */
class PublishedDataJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final KsJson WITHOUT_PERSONAL_DATA =
      KsJson.builder().omitPersonalData(true).build();

  private static final Contact CONTACT =
      Contact.builder()
          .type(Code.of(Contact.TYPE_VOCABULARY, "1"))
          .organisation(LocalizedText.of("Agência Brasileira de Cooperação"))
          .department(LocalizedText.of("Trilateral cooperation"))
          .personName(LocalizedText.of("Maria Silva"))
          .jobTitle(LocalizedText.of("Coordinator"))
          .addTelephones("+55 61 2030 0000")
          .addEmails("maria.silva@example.org")
          .addWebsites("https://www.abc.gov.br")
          .addMailingAddresses(LocalizedText.of("Esplanada dos Ministérios, Brasília"))
          .build();

  private static Partnership partnership(Participation... participations) {
    return Partnership.builder()
        .id(PartnershipId.of("BR-ABC-1"))
        .title(LocalizedText.of("Cotton-4"))
        .modality(Modality.TRIANGULAR)
        .form(PartnershipForm.PROJECT)
        .status(PartnershipStatus.ACTIVE)
        .addParticipations(participations)
        .addContacts(CONTACT)
        .build();
  }

  private static JsonNode tree(String json) throws IOException {
    return MAPPER.readTree(json);
  }

  @Test
  void generatedPartnershipsWithEveryPublishedAttributeRoundTrip() {
    Property.forAll(
        "json.published.roundTrip",
        PartnershipGen.any(),
        p -> {
          String json = KsJson.strict().writeString(p);
          ReadResult<Partnership> read = KsJson.strict().read(Partnership.class, json);
          assertThat(read.problems()).isEmpty();
          assertThat(read.orElseThrow()).isEqualTo(p);
        });
  }

  @Test
  void aParticipationWithIatiRolesOnlyReadsAndOneWithoutAnyRoleIsRefused() {
    ReadResult<Participation> iati =
        KsJson.strict()
            .read(
                Participation.class,
                "{\"institution\": \"BR-ABC\", \"iatiRoles\": [{\"vocabulary\": \"OrganisationRole\","
                    + " \"code\": \"3\"}]}");
    assertThat(iati.problems()).isEmpty();
    assertThat(iati.orElseThrow()).isEqualTo(Participation.ofIati(InstitutionId.of("BR-ABC"), "3"));

    ReadResult<Participation> none =
        KsJson.strict().read(Participation.class, "{\"institution\": \"BR-ABC\", \"roles\": []}");
    assertThat(none.value()).isEmpty();
    assertThat(none.problems()).extracting(v -> v.code()).contains("participation.roles.empty");
  }

  @Test
  void inferredRolesAreWrittenBesideTheRolesTheyAreIn() throws IOException {
    Participation p =
        Participation.builder()
            .institution(InstitutionId.of("BR-ABC"))
            .addRoles(Role.FUNDER)
            .addInferredRoles(Role.PROVIDER)
            .build();
    JsonNode node = tree(KsJson.strict().writeString(Participation.class, p));
    assertThat(node.get("roles").toString()).isEqualTo("[\"PROVIDER\",\"FUNDER\"]");
    assertThat(node.get("inferredRoles").toString()).isEqualTo("[\"PROVIDER\"]");
    // inferredRoles alone read as roles held
    ReadResult<Participation> read =
        KsJson.strict()
            .read(
                Participation.class,
                "{\"institution\": \"X\", \"inferredRoles\": [\"RECIPIENT\"]}");
    assertThat(read.orElseThrow().roles()).containsExactly(Role.RECIPIENT);
  }

  @Test
  void flagsAreWrittenOnlyWhenTrue() throws IOException {
    Partnership plain = partnership(Participation.of(InstitutionId.of("A"), Role.PROVIDER));
    JsonNode written = tree(KsJson.strict().writeString(plain));
    assertThat(written.has("modalityInferred")).isFalse();
    assertThat(written.has("secondaryReporter")).isFalse();
    Partnership flagged =
        Partnership.builder()
            .from(plain)
            .modalityInferred(true)
            .secondaryReporter(true)
            .reportingInstitution(InstitutionId.of("A"))
            .build();
    JsonNode node = tree(KsJson.strict().writeString(flagged));
    assertThat(node.get("modalityInferred").asBoolean()).isTrue();
    assertThat(node.get("secondaryReporter").asBoolean()).isTrue();
    assertThat(node.get("reportingInstitution").asText()).isEqualTo("A");
    String explicitFalse =
        KsJson.strict().writeString(plain).replaceFirst("\\{", "{\"modalityInferred\": false, ");
    assertThat(KsJson.strict().read(Partnership.class, explicitFalse).orElseThrow())
        .isEqualTo(plain);
  }

  @Test
  void personalDataIsWrittenByDefault() throws IOException {
    Partnership p = partnership(Participation.of(InstitutionId.of("A"), Role.PROVIDER));
    JsonNode contact = tree(KsJson.strict().writeString(p)).get("contacts").get(0);
    assertThat(contact.fieldNames())
        .toIterable()
        .containsExactly(
            "type",
            "organisation",
            "department",
            "personName",
            "jobTitle",
            "telephones",
            "emails",
            "websites",
            "mailingAddresses");
  }

  @Test
  void theWriterCanLeavePersonalDataOut() throws IOException {
    Partnership p = partnership(Participation.of(InstitutionId.of("A"), Role.PROVIDER));
    String json = WITHOUT_PERSONAL_DATA.writeString(p);
    JsonNode contact = tree(json).get("contacts").get(0);
    assertThat(contact.fieldNames())
        .toIterable()
        .containsExactly("type", "organisation", "department", "websites");
    assertThat(json).doesNotContain("Maria").doesNotContain("@example.org").doesNotContain("+55");
    Partnership read = KsJson.strict().read(Partnership.class, json).orElseThrow();
    assertThat(read.contacts())
        .containsExactly(
            Contact.builder()
                .type(CONTACT.type())
                .organisation(CONTACT.organisation())
                .department(CONTACT.department())
                .addAllWebsites(CONTACT.websites())
                .build());
    assertThat(read.title()).isEqualTo(p.title());
  }

  @Test
  void personalDataIsLeftOutOfEveryRouteOfWriting() throws IOException {
    Partnership p = partnership(Participation.of(InstitutionId.of("A"), Role.PROVIDER));
    Dataset dataset = Dataset.builder().addPartnerships(p).build();
    KsJson prettyWithout = KsJson.builder().omitPersonalData(true).prettyPrint(true).build();
    List<String> written =
        List.of(
            WITHOUT_PERSONAL_DATA.writeString(dataset),
            prettyWithout.writeString(dataset),
            new String(WITHOUT_PERSONAL_DATA.writeBytes(dataset), StandardCharsets.UTF_8),
            WITHOUT_PERSONAL_DATA.writeString(Contact.class, CONTACT),
            WITHOUT_PERSONAL_DATA.writeNdjson(dataset),
            ndjson(p));
    for (String json : written) {
      assertThat(json).contains("Trilateral cooperation").doesNotContain("Maria Silva");
    }
    assertThat(prettyWithout.writeString(dataset)).contains("\n");
    assertThat(KsJson.strict().writeString(dataset)).contains("Maria Silva");
    assertThat(WITHOUT_PERSONAL_DATA.toString()).contains("omitPersonalData=true");
  }

  private static String ndjson(Partnership p) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = WITHOUT_PERSONAL_DATA.ndjsonWriter(out)) {
      writer.write(p);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
