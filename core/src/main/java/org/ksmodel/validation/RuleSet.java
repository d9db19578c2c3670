package org.ksmodel.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.common.Severity;
import org.ksmodel.validation.rules.DefaultRules;

/**
 * The rules a validator runs, with their effective severities: the default rules, a profile,
 * per-code severity overrides, codes switched off, and rules added by integrators. Immutable; make
 * a changed copy with {@link #toBuilder()}.
 *
 * <p>Instances are immutable and safe to share across threads; the builder is not.
 */
public final class RuleSet {
  private final Profile profile;
  private final List<Rule<?>> rules;
  private final Map<String, Severity> overrides;
  private final Set<String> disabled;

  private RuleSet(Builder builder) {
    this.profile = builder.profile;
    this.rules = List.copyOf(builder.rules.values());
    this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(builder.overrides));
    this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(builder.disabled));
  }

  /** Every rule of ksmodel at its documented severity. */
  public static RuleSet defaults() {
    return builder().build();
  }

  /** Every rule of ksmodel, with warnings raised to errors. */
  public static RuleSet strict() {
    return builder().profile(Profile.STRICT).build();
  }

  /** A builder holding the default rules. */
  public static Builder builder() {
    return new Builder(DefaultRules.all());
  }

  /** A builder holding no rules at all, for integrators who pick their own. */
  public static Builder empty() {
    return new Builder(List.of());
  }

  public Builder toBuilder() {
    Builder builder = new Builder(rules).profile(profile);
    builder.overrides.putAll(overrides);
    builder.disabled.addAll(disabled);
    return builder;
  }

  public Profile profile() {
    return profile;
  }

  /** Every rule known to the set, switched off or not, in the order they run. */
  public List<Rule<?>> rules() {
    return rules;
  }

  /** The codes of every rule known to the set. */
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    rules.forEach(rule -> codes.add(rule.code()));
    return codes;
  }

  public Optional<Rule<?>> rule(String code) {
    return rules.stream().filter(rule -> rule.code().equals(code)).findFirst();
  }

  public boolean isEnabled(String code) {
    return !disabled.contains(code) && rule(code).isPresent();
  }

  /** The severity a rule's findings get: an override, else the profile's reading of its own. */
  public Severity severityOf(Rule<?> rule) {
    Severity override = overrides.get(rule.code());
    if (override != null) {
      return override;
    }
    return profile == Profile.STRICT && rule.severity() == Severity.WARNING
        ? Severity.ERROR
        : rule.severity();
  }

  /** Builds rule sets. */
  public static final class Builder {
    private Profile profile = Profile.DEFAULT;
    private final Map<String, Rule<?>> rules = new LinkedHashMap<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder(List<Rule<?>> initial) {
      initial.forEach(rule -> rules.put(rule.code(), rule));
    }

    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Adds a rule.
     *
     * @throws IllegalArgumentException if a rule with the same code is already there
     */
    public Builder add(Rule<?> rule) {
      Objects.requireNonNull(rule, "rule");
      if (rules.putIfAbsent(rule.code(), rule) != null) {
        throw new IllegalArgumentException("a rule with code " + rule.code() + " is already there");
      }
      return this;
    }

    /** Gives the findings of a code another severity. */
    public Builder severity(String code, Severity severity) {
      overrides.put(requireKnown(code), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Switches a rule off. */
    public Builder disable(String code) {
      disabled.add(requireKnown(code));
      return this;
    }

    /** Switches a rule back on. */
    public Builder enable(String code) {
      disabled.remove(requireKnown(code));
      return this;
    }

    private String requireKnown(String code) {
      Objects.requireNonNull(code, "code");
      if (!rules.containsKey(code)) {
        throw new IllegalArgumentException("no rule has the code " + code);
      }
      return code;
    }

    public RuleSet build() {
      return new RuleSet(this);
    }
  }

  List<Rule<?>> enabledRules() {
    List<Rule<?>> enabled = new ArrayList<>();
    for (Rule<?> rule : rules) {
      if (!disabled.contains(rule.code())) {
        enabled.add(rule);
      }
    }
    return enabled;
  }
}
