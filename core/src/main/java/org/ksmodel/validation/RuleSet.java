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
 * per-code severity overrides, codes switched off, and rules added by integrators. Make a changed
 * copy with {@link #toBuilder()}.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder()
 *     .severity("partnership.sector.missing", Severity.ERROR)
 *     .disable("solution.sector.withdrawn")
 *     .add(needsSector) // the rule of the example of Rule
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and safe to share across threads; the builder is not thread-safe.
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

  /** {@return every rule of ksmodel at its documented severity} */
  public static RuleSet defaults() {
    return builder().build();
  }

  /** {@return every rule of ksmodel, with warnings raised to errors (profile STRICT)} */
  public static RuleSet strict() {
    return builder().profile(Profile.STRICT).build();
  }

  /** {@return a builder holding the default rules, at their documented severities} */
  public static Builder builder() {
    return new Builder(DefaultRules.all());
  }

  /** {@return a builder holding no rules at all, for integrators who pick their own} */
  public static Builder empty() {
    return new Builder(List.of());
  }

  /**
   * {@return a builder holding this set's rules, profile, overrides and switched-off codes} The set
   * itself does not change.
   */
  public Builder toBuilder() {
    Builder builder = new Builder(rules).profile(profile);
    builder.overrides.putAll(overrides);
    builder.disabled.addAll(disabled);
    return builder;
  }

  /** {@return how demanding the set is} */
  public Profile profile() {
    return profile;
  }

  /**
   * {@return every rule known to the set, switched off or not, in the order they run; unmodifiable}
   */
  public List<Rule<?>> rules() {
    return rules;
  }

  /**
   * {@return the codes of every rule known to the set, switched off or not, in the order they run}
   */
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    rules.forEach(rule -> codes.add(rule.code()));
    return codes;
  }

  /**
   * Looks up a rule by its code.
   *
   * @param code the rule's code
   * @return the rule, switched off or not, or empty when the set has no rule with the code
   */
  public Optional<Rule<?>> rule(String code) {
    return rules.stream().filter(rule -> rule.code().equals(code)).findFirst();
  }

  /**
   * Tells whether a rule runs.
   *
   * @param code the rule's code
   * @return whether the set has a rule with the code and it is not switched off
   */
  public boolean isEnabled(String code) {
    return !disabled.contains(code) && rule(code).isPresent();
  }

  /**
   * Gives the severity a rule's findings get in this set.
   *
   * @param rule the rule
   * @return the override for the rule's code if there is one, else the rule's own severity, raised
   *     from WARNING to ERROR under the STRICT profile
   */
  public Severity severityOf(Rule<?> rule) {
    Severity override = overrides.get(rule.code());
    if (override != null) {
      return override;
    }
    return profile == Profile.STRICT && rule.severity() == Severity.WARNING
        ? Severity.ERROR
        : rule.severity();
  }

  /** Builds rule sets; a rule of a set is known by its code, which is unique. Not thread-safe. */
  public static final class Builder {
    private Profile profile = Profile.DEFAULT;
    private final Map<String, Rule<?>> rules = new LinkedHashMap<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder(List<Rule<?>> initial) {
      initial.forEach(rule -> rules.put(rule.code(), rule));
    }

    /**
     * Sets how demanding the set is: {@link Profile#DEFAULT} in a new builder, that of the set in
     * one from {@link RuleSet#toBuilder()}. Overrides by code win over the profile.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Adds a rule; it runs after those already there.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same code is already there
     */
    public Builder add(Rule<?> rule) {
      Objects.requireNonNull(rule, "rule");
      if (rules.putIfAbsent(rule.code(), rule) != null) {
        throw new IllegalArgumentException("a rule with code " + rule.code() + " is already there");
      }
      return this;
    }

    /**
     * Gives the findings of a code another severity, whatever the profile.
     *
     * @param code the code of a rule already in the builder
     * @param severity the severity its findings get
     * @return this builder
     * @throws IllegalArgumentException if no rule in the builder has the code
     */
    public Builder severity(String code, Severity severity) {
      overrides.put(requireKnown(code), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Switches a rule off; it stays in the set, so it can be switched back on.
     *
     * @param code the code of a rule already in the builder
     * @return this builder
     * @throws IllegalArgumentException if no rule in the builder has the code
     */
    public Builder disable(String code) {
      disabled.add(requireKnown(code));
      return this;
    }

    /**
     * Switches a rule back on; nothing changes for a rule that is on.
     *
     * @param code the code of a rule already in the builder
     * @return this builder
     * @throws IllegalArgumentException if no rule in the builder has the code
     */
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

    /** {@return the rule set; the builder can go on to build others} */
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
