package org.ksmodel.iati;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.dataset.Dataset;

/**
 * What an IATI file gave: the {@link Dataset} of the entities imported, and the report that
 * accounts for every record of the file. Each activity (or organisation) is either imported or
 * rejected with its reasons, so {@code imported() + rejected()} equals {@code activities() +
 * organisations()}; what was imported with loss is listed in {@link #warnings()}.
 */
public final class IatiImport {
  private final String sourceName;
  private final IatiFileType fileType;
  private final Optional<String> iatiVersion;
  private final Dataset dataset;
  private final int activities;
  private final int organisations;
  private final List<Rejection> rejections;
  private final List<ImportWarning> warnings;

  IatiImport(
      String sourceName,
      IatiFileType fileType,
      Optional<String> iatiVersion,
      Dataset dataset,
      int activities,
      int organisations,
      List<Rejection> rejections,
      List<ImportWarning> warnings) {
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    this.fileType = Objects.requireNonNull(fileType, "fileType");
    this.iatiVersion = Objects.requireNonNull(iatiVersion, "iatiVersion");
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.activities = activities;
    this.organisations = organisations;
    this.rejections = List.copyOf(rejections);
    this.warnings = List.copyOf(warnings);
  }

  /** {@return the file name or the name given for the stream} */
  public String sourceName() {
    return sourceName;
  }

  /** {@return whether the file held activities or organisations} */
  public IatiFileType fileType() {
    return fileType;
  }

  /**
   * {@return the IATI version the file declares ({@code version} of its root), when it declares
   * one}
   */
  public Optional<String> iatiVersion() {
    return iatiVersion;
  }

  /**
   * The entities imported: institutions (from participating, reporting, provider and receiver
   * organisations, or from an organisation file), partnerships, fundings and results frameworks.
   *
   * @return the dataset of what was imported
   */
  public Dataset dataset() {
    return dataset;
  }

  /** {@return the number of {@code iati-activity} elements in the file} */
  public int activities() {
    return activities;
  }

  /** {@return the number of {@code iati-organisation} elements in the file} */
  public int organisations() {
    return organisations;
  }

  /** {@return the number of activities (or organisations) imported} */
  public int imported() {
    return activities + organisations - rejections.size();
  }

  /** {@return the number of activities (or organisations) rejected} */
  public int rejected() {
    return rejections.size();
  }

  /**
   * {@return the activities (or organisations) not imported, in file order, each with its reasons}
   */
  public List<Rejection> rejections() {
    return rejections;
  }

  /** {@return what was imported with loss or assumed, in file order (file-wide notes last)} */
  public List<ImportWarning> warnings() {
    return warnings;
  }

  /**
   * The report as a JSON object: {@code source}, {@code fileType}, {@code iatiVersion} (when
   * known), {@code activities}, {@code organisations}, {@code imported}, {@code rejected}, {@code
   * rejections} ({@code identifier} or {@code null}, {@code position}, {@code line}, {@code
   * reasons}) and {@code warnings} ({@code code}, {@code activity}, {@code line}, {@code message}).
   *
   * @return the report, as JSON text
   */
  public String reportJson() {
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"source\": ").append(quote(sourceName));
    json.append(",\n  \"fileType\": ").append(quote(fileType.name()));
    iatiVersion.ifPresent(v -> json.append(",\n  \"iatiVersion\": ").append(quote(v)));
    json.append(",\n  \"activities\": ").append(activities);
    json.append(",\n  \"organisations\": ").append(organisations);
    json.append(",\n  \"imported\": ").append(imported());
    json.append(",\n  \"rejected\": ").append(rejected());
    json.append(",\n  \"rejections\": [");
    for (int i = 0; i < rejections.size(); i++) {
      Rejection r = rejections.get(i);
      json.append(i == 0 ? "\n    " : ",\n    ");
      json.append("{\"identifier\": ").append(r.identifier().map(IatiImport::quote).orElse("null"));
      json.append(", \"position\": ").append(r.position());
      if (r.line() > 0) {
        json.append(", \"line\": ").append(r.line());
      }
      json.append(", \"reasons\": [");
      for (int j = 0; j < r.reasons().size(); j++) {
        json.append(j == 0 ? "" : ", ").append(quote(r.reasons().get(j)));
      }
      json.append("]}");
    }
    json.append(rejections.isEmpty() ? "]" : "\n  ]");
    json.append(",\n  \"warnings\": [");
    for (int i = 0; i < warnings.size(); i++) {
      ImportWarning w = warnings.get(i);
      json.append(i == 0 ? "\n    " : ",\n    ");
      json.append("{\"code\": ").append(quote(w.code()));
      w.activity().ifPresent(a -> json.append(", \"activity\": ").append(quote(a)));
      if (w.line().isPresent()) {
        json.append(", \"line\": ").append(w.line().getAsInt());
      }
      json.append(", \"message\": ").append(quote(w.message())).append("}");
    }
    json.append(warnings.isEmpty() ? "]" : "\n  ]");
    json.append("\n}\n");
    return json.toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /**
   * A one-line summary, e.g. {@code file.xml: 7 activities, 7 imported, 0 rejected, 12 warnings}.
   */
  @Override
  public String toString() {
    String records =
        fileType == IatiFileType.ACTIVITIES
            ? activities + " activities"
            : organisations + " organisations";
    return sourceName
        + ": "
        + records
        + ", "
        + imported()
        + " imported, "
        + rejected()
        + " rejected, "
        + warnings.size()
        + " warnings";
  }
}
