package dev.gradus.api.param;

import java.util.Objects;

/**
 * A real-valued hyperparameter.
 *
 * @param name         snake_case name
 * @param description  one sentence
 * @param defaultValue the default, inside {@code range}
 * @param range        the allowed values
 * @param scale        how to explore it (a log-scale slider for learning rates)
 */
public record RealParameter(String name, String description, double defaultValue, Range range, Scale scale)
        implements ParameterDescriptor {

    public RealParameter {
        Names.check(name, description);
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(scale, "scale");
        if (!range.contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " of parameter '" + name + "' is outside " + range);
        }
        if (scale == Scale.LOG && range.min() < 0) {
            throw new IllegalArgumentException("log-scaled parameter '" + name + "' must not allow negative values");
        }
    }

    /** A linear-scale real parameter. */
    public static RealParameter of(String name, String description, double defaultValue, Range range) {
        return new RealParameter(name, description, defaultValue, range, Scale.LINEAR);
    }

    /** A log-scale real parameter (learning rates, epsilons, step sizes). */
    public static RealParameter logScale(String name, String description, double defaultValue, Range range) {
        return new RealParameter(name, description, defaultValue, range, Scale.LOG);
    }

    /**
     * The learning rate as torch.optim names it: {@code lr}, at least 0, on a log scale. An optimizer
     * that declares it reads the current value from
     * {@link dev.gradus.api.optimizer.StepContext#learningRate()}, so that schedules apply.
     */
    public static RealParameter learningRate(double defaultValue) {
        return logScale("lr", "learning rate (step size)", defaultValue, Range.atLeast(0));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.real(this);
    }

    @Override
    public Object defaultObject() {
        return defaultValue;
    }

    @Override
    public String allowedValues() {
        return range.toString();
    }
}
