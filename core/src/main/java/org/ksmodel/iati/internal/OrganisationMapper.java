package org.ksmodel.iati.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;

/**
 * Maps one {@code iati-organisation} onto an institution: the id from {@code
 * organisation-identifier}, the name from {@code name} (else the reporting organisation's name when
 * it is the same organisation; else none, reported), the type from the reporting organisation when
 * it is the same organisation, the country from the identifier's prefix. The budgets, expenditure
 * and documents of an organisation file have no counterpart on an institution (a KS budget is a
 * budget for knowledge sharing, not the whole budget) and are listed in a warning.
 */
public final class OrganisationMapper {
  private static final Set<String> MAPPED =
      Set.of("organisation-identifier", "iati-identifier", "name", "reporting-org");

  private final ImportContext context;
  private final InstitutionRegistry registry;

  public OrganisationMapper(ImportContext context, InstitutionRegistry registry) {
    this.context = context;
    this.registry = registry;
  }

  /**
   * The drafts to store (the organisation and its reporting organisation), or reasons to reject.
   */
  public Optional<List<InstitutionRegistry.Draft>> map(
      XmlElement organisation, String id, List<String> reasons) {
    List<InstitutionRegistry.Draft> drafts = new ArrayList<>();
    Optional<XmlElement> reportingElement = organisation.first("reporting-org");
    Optional<InstitutionRegistry.Draft> reporting = reportingElement.flatMap(registry::read);
    boolean reportsItself = reporting.filter(r -> r.id.value().equals(id)).isPresent();
    Optional<LocalizedText> name = organisation.first("name").flatMap(context::narratives);
    if (name.isEmpty() && reportsItself) {
      name = reporting.get().name;
    }
    InstitutionRegistry.Draft draft =
        new InstitutionRegistry.Draft(
            InstitutionId.of(id),
            name,
            reportsItself ? reporting.get().typeCode : Optional.empty(),
            InstitutionRegistry.countryOfRef(id));
    drafts.add(draft);
    if (reporting.isPresent() && !reportsItself) {
      drafts.add(reporting.get());
    }
    Set<String> unmapped = new LinkedHashSet<>();
    for (XmlElement child : organisation.children()) {
      if (!MAPPED.contains(child.name())) {
        unmapped.add(child.name());
      }
    }
    if (!unmapped.isEmpty()) {
      context.warn(
          "iati.organisation.unmapped",
          organisation,
          "not mapped (no counterpart on an institution): " + String.join(", ", unmapped));
    }
    return Optional.of(drafts);
  }
}
