package dev.gradus.app.service;

import dev.gradus.api.error.GradusException;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.Provider;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the use cases call into providers: binding a choice's values to a provider's parameters,
 * guarding each call so that a provider's failure is reported as its own, and choosing the
 * dimension of an objective from what the user gave.
 */
final class ProviderCalls {
    private ProviderCalls() {
    }

    /** The values of {@code choice} bound to {@code provider}'s parameters, or null with the violations added to {@code violations}. */
    static ParameterValues bind(Provider provider, ComponentChoice choice, List<ParameterViolation> violations) {
        try {
            return provider.parameters().bind(provider.info().id(), choice.values());
        } catch (InvalidParametersException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /**
     * What {@code call} returns; a {@link GradusException} passes through as the provider's own
     * explanation, any other exception or a null result becomes a {@link ProviderFailedException}.
     */
    static <T> T guarded(ProviderKind kind, Provider provider, String during, Supplier<T> call) {
        T made;
        try {
            made = call.get();
        } catch (GradusException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderFailedException(kind, provider.info().id(), during, e);
        }
        if (made == null) {
            throw new ProviderFailedException(kind, provider.info().id(), during, new NullPointerException("it returned null"));
        }
        return made;
    }

    /**
     * The dimension asked for, or given by the start, or the objective's preferred one; checked
     * against the objective's dimensions.
     *
     * @param id         the objective's id, for messages
     * @param dimensions what the objective can make with its parameter values
     * @param asked      the dimension asked for, or null
     * @param start      the point given (a start), or null
     * @param pointField the command field the point was given as ({@code start}, {@code at})
     * @throws InvalidInputException (field {@code dimension} or {@code pointField}) when the objective cannot take it
     */
    static int dimension(String id, Dimensions dimensions, Integer asked, double[] start, String pointField) {
        if (asked != null) {
            int n = asked;
            if (!dimensions.accepts(n)) {
                throw InvalidInputException.of("dimension", Integer.toString(n), "objective '" + id + "' " + takes(dimensions) + ", not " + n);
            }
            return n;
        }
        if (start != null) {
            if (!dimensions.accepts(start.length)) {
                throw InvalidInputException.of(pointField, Arrays.toString(start), "has " + start.length
                        + (start.length == 1 ? " coordinate" : " coordinates") + " but objective '" + id + "' " + takes(dimensions));
            }
            return start.length;
        }
        return dimensions.preferred();
    }

    /** {@code takes exactly 2}, {@code takes at least 1}, {@code takes 2 to 10}. */
    static String takes(Dimensions dimensions) {
        if (dimensions.isFixed()) {
            return "takes exactly " + dimensions.min();
        }
        return dimensions.max() == Integer.MAX_VALUE ? "takes at least " + dimensions.min() : "takes " + dimensions.min() + " to " + dimensions.max();
    }
}
