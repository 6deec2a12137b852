package dev.gradus.api.param;

import dev.gradus.api.error.GradusException;
import java.util.List;
import java.util.stream.Collectors;

/** Parameter values were refused; {@link #violations()} lists every reason at once. */
public final class InvalidParametersException extends GradusException {
    private static final long serialVersionUID = 1L;

    private final transient List<ParameterViolation> violations;

    public InvalidParametersException(List<ParameterViolation> violations) {
        super(violations.stream().map(ParameterViolation::message).collect(Collectors.joining(System.lineSeparator())));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidParametersException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in the order the parameters were declared (unknown names last). */
    public List<ParameterViolation> violations() {
        return violations;
    }
}
