package be.crmconnector.validation.rules;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of checking one value: the normalised value (null when the input was empty or rejected) and what was
 * found on the way. A value can be present together with warnings; it is never trusted when {@link #isValid()}
 * is false.
 */
public record Checked<T>(T value, List<Finding> findings) {

    public Checked {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** The input was empty: nothing to store and nothing wrong (whether the field is required is decided elsewhere). */
    public static <T> Checked<T> empty() {
        return new Checked<>(null, List.of());
    }

    public static <T> Checked<T> valid(T value) {
        return new Checked<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /** A value kept with warnings; passing an ERROR here is a programming mistake, rejected ones carry no value. */
    public static <T> Checked<T> valid(T value, List<Finding> warnings) {
        if (warnings.stream().anyMatch(Finding::isError)) {
            throw new IllegalArgumentException("A valid value cannot carry an ERROR finding; use rejected(...)");
        }
        return new Checked<>(Objects.requireNonNull(value, "value"), warnings);
    }

    /** Rejected values carry no normalised value, so a caller cannot store one by mistake. */
    public static <T> Checked<T> rejected(Finding error) {
        return new Checked<>(null, List.of(error));
    }

    public static <T> Checked<T> rejected(List<Finding> findings) {
        return new Checked<>(null, findings);
    }

    /** True when no ERROR was found; warnings do not make a value invalid. */
    public boolean isValid() {
        return errors().isEmpty();
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(finding -> !finding.isError()).toList();
    }

    public boolean hasCode(String code) {
        return findings.stream().anyMatch(finding -> finding.code().equals(code));
    }
}
