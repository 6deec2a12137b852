package dev.gradus.api.param;

import java.util.Objects;

/**
 * One reason a set of parameter values was refused.
 *
 * @param owner     id of the provider the values were for ({@code adam})
 * @param parameter the parameter's name; for a rule, the involved names joined by {@code ", "}
 * @param value     the offending value as given; for a rule, {@code name=value} pairs
 * @param allowed   what is allowed, in words ({@code >= 0}; for an unknown name, the known names)
 * @param kind      what kind of problem it is
 */
public record ParameterViolation(String owner, String parameter, String value, String allowed, Kind kind) {

    /** What kind of problem a violation is. */
    public enum Kind {
        /** No parameter of that name. */
        UNKNOWN_PARAMETER,
        /** The text is not a value of the parameter's type. */
        MALFORMED,
        /** An assignment that is not of the form {@code NAME=VALUE}. */
        NOT_AN_ASSIGNMENT,
        /** A value of the right type outside the allowed range or choices. */
        OUT_OF_RANGE,
        /** The same parameter given more than once. */
        DUPLICATE,
        /** A {@link ParameterRule} across parameters does not hold. */
        RULE
    }

    public ParameterViolation {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(kind, "kind");
    }

    /** The violation as one line: {@code adam: lr = -1 is out of range; allowed: >= 0}. */
    public String message() {
        return switch (kind) {
            case UNKNOWN_PARAMETER -> owner + ": unknown parameter '" + parameter + "'; known: " + allowed;
            case MALFORMED -> owner + ": " + parameter + " = '" + value + "' is malformed; expected " + allowed;
            case NOT_AN_ASSIGNMENT -> owner + ": '" + value + "' is not of the form " + allowed;
            case OUT_OF_RANGE -> owner + ": " + parameter + " = " + value + " is out of range; allowed: " + allowed;
            case DUPLICATE -> owner + ": " + parameter + " is given more than once (" + value + ")";
            case RULE -> owner + ": " + value + " is not allowed: " + allowed;
        };
    }
}
