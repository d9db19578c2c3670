package org.ksmodel.examples.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.iati.HostileXml;
import org.ksmodel.iati.IatiImport;
import org.ksmodel.iati.IatiImporter;
import org.ksmodel.iati.IatiReadException;
import org.ksmodel.iati.Rejection;
import org.ksmodel.iati.XmlMutator;
import org.ksmodel.iati.XmlText;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.ReadResult;
import org.ksmodel.testkit.ByteMutator;
import org.ksmodel.testkit.FuzzRunner;
import org.ksmodel.testkit.FuzzRunner.Input;
import org.ksmodel.testkit.FuzzRunner.Summary;
import org.ksmodel.testkit.RealData;
import org.ksmodel.testkit.ResourceFolders;
import org.ksmodel.testkit.Rng;
import org.ksmodel.validation.Validator;
import org.w3c.dom.Document;

/**
 * Mutation fuzzing of the IATI import: the real files of the repository, the hand-made test files
 * and two small built-in ones, corrupted by {@link XmlMutator} and {@link ByteMutator}. Every input
 * must end in an {@link IatiImport} that accounts for every record, validates, has a report that is
 * JSON and a dataset that is written and read back strictly unchanged, or in an {@link
 * IatiReadException} with a one-line message; nothing else, no hang. The default run is short;
 * {@code -Dksmodel.fuzz.iterations=N} and {@code -Dksmodel.seed=N} change it.
 */
class IatiFuzzTest {
  private static final int CASES = 300;
  private static final String NAME = "fuzz.xml";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Document> SEEDS = seeds();

  /** Reasons of activities rejected because mapping threw: each should be a model's reason. */
  private static final Set<String> UNFORESEEN = ConcurrentHashMap.newKeySet();

  private static final Set<String> READ_ERRORS = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger IMPORTS = new AtomicInteger();
  private static final AtomicInteger REFUSALS = new AtomicInteger();

  @Test
  void theSeedsAreImported() {
    assertThat(SEEDS).hasSizeGreaterThanOrEqualTo(5);
    for (Document seed : SEEDS) {
      byte[] bytes = XmlText.write(seed).getBytes(StandardCharsets.UTF_8);
      check(bytes);
      IatiImport imported = IatiImporter.importStream(new ByteArrayInputStream(bytes), NAME);
      assertThat(imported.activities() + imported.organisations()).isPositive();
    }
  }

  @Test
  void corruptedIatiFilesEndInAnImportOrAOneLineReason() {
    Summary summary =
        FuzzRunner.run("iati-xml", CASES, IatiFuzzTest::corrupted, IatiFuzzTest::check);
    System.out.println(
        IMPORTS + " imports, " + REFUSALS + " refusals of " + READ_ERRORS.size() + " kinds");
    System.out.println("mapping failures turned into rejections: " + new TreeSet<>(UNFORESEEN));
    assertThat(summary.failures()).as(FuzzRunner.describe(summary)).isEmpty();
  }

  private static Input corrupted(Rng rng) {
    Document seed = rng.pick(SEEDS);
    XmlMutator mutator = new XmlMutator(rng);
    byte[] bytes = mutator.mutate(seed, 3);
    String what = mutator.describe();
    if (rng.chance(0.35)) {
      ByteMutator bytesMutator = new ByteMutator();
      bytes = bytesMutator.mutate(bytes, rng, 3);
      what += "; " + bytesMutator.describe();
    }
    return new Input(what, bytes);
  }

  private static void check(byte[] bytes) {
    IatiImport imported;
    try {
      imported = IatiImporter.importStream(new ByteArrayInputStream(bytes), NAME);
    } catch (IatiReadException e) {
      if (!e.getMessage().startsWith(NAME + ":") || e.getMessage().contains("\n")) {
        throw new AssertionError("not a one-line reason: " + e.getMessage(), e);
      }
      READ_ERRORS.add(e.getMessage().replaceAll("[0-9]+", "N"));
      REFUSALS.incrementAndGet();
      return;
    }
    IMPORTS.incrementAndGet();
    assertThat(imported.imported()).isNotNegative();
    assertThat(imported.imported() + imported.rejected())
        .as("every record accounted for")
        .isEqualTo(imported.activities() + imported.organisations());
    for (Rejection rejection : imported.rejections()) {
      assertThat(rejection.reasons()).as("reasons of %s", rejection).isNotEmpty();
      rejection.reasons().stream()
          .filter(reason -> reason.startsWith("could not be mapped"))
          .forEach(reason -> UNFORESEEN.add(reason.replaceAll("'[^']*'", "'...'")));
    }
    assertThat(imported.toString()).doesNotContain("\n");
    Dataset dataset = imported.dataset();
    assertThat(Validator.standard().validate(dataset)).isNotNull();
    try {
      JSON.readTree(imported.reportJson());
    } catch (IOException e) {
      throw new AssertionError("the report is not JSON: " + imported.reportJson(), e);
    }
    ReadResult<Dataset> again = KsJson.strict().readDataset(KsJson.strict().writeBytes(dataset));
    assertThat(again.problems()).as("reading back the imported dataset").isEmpty();
    assertThat(again.value()).contains(dataset);
  }

  private static List<Document> seeds() {
    List<Document> seeds = new ArrayList<>();
    xmlFiles(RealData.dir().resolve("iati")).forEach(file -> addSeed(seeds, file));
    // Core's hand-made files, from its test classes folder or its test jar.
    xmlFiles(ResourceFolders.folder("/iati")).forEach(file -> addSeed(seeds, file));
    seeds.add(
        XmlMutator.parse(HostileXml.activities("", "A title").getBytes(StandardCharsets.UTF_8)));
    seeds.add(
        XmlMutator.parse(
            ("<iati-organisations version=\"2.03\"><iati-organisation>"
                    + "<organisation-identifier>XM-EXAMPLE-1</organisation-identifier>"
                    + "<name><narrative>An organisation</narrative></name>"
                    + "<reporting-org ref=\"XM-EXAMPLE-1\" type=\"40\"/></iati-organisation>"
                    + "</iati-organisations>")
                .getBytes(StandardCharsets.UTF_8)));
    return List.copyOf(seeds);
  }

  /** Adds a file as a seed; the hand-made unreadable files (a DOCTYPE, truncated) are no seeds. */
  private static void addSeed(List<Document> seeds, Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      IatiImporter.importStream(new ByteArrayInputStream(bytes), file.toString());
      seeds.add(XmlMutator.parse(bytes));
    } catch (IatiReadException e) {
      // not a seed
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> xmlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
