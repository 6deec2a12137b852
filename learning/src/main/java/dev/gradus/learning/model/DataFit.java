package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the ways a model's parameter values do not fit the chosen data set (a first layer size
 * that is not the data's feature count, a regression model on classification data) and refuses
 * them all at once, as an {@link InvalidParametersException} of {@link ParameterViolation.Kind#RULE}
 * violations naming the parameter, its value and what the data allows. A mismatch of the data's
 * kind names the parameter {@code data}, the host's {@code --data} option.
 */
final class DataFit {
    /** The name under which the data set itself is at fault. */
    static final String DATA = "data";

    private final String owner;
    private final DataSet data;
    private final List<ParameterViolation> violations = new ArrayList<>();

    /**
     * @param owner the provider's id
     * @param data  the data set the model is for
     * @throws IllegalArgumentException when there is no data: a host bug, since the providers declare that they need it
     */
    DataFit(String owner, DataSet data) {
        if (data == null) {
            throw new IllegalArgumentException(owner + " learns from a data set, and was given none");
        }
        this.owner = owner;
        this.data = data;
    }

    /**
     * Notes that {@code parameter = value} does not fit the data.
     *
     * @param allowed what the data allows, in words
     */
    void refuse(String parameter, String value, String allowed) {
        violations.add(new ParameterViolation(owner, parameter, parameter + "=" + value, allowed, ParameterViolation.Kind.RULE));
    }

    /** Refuses classification data; {@code instead} names models that take it. */
    void requireRegression(String instead) {
        if (data.isClassification()) {
            refuse(DATA, data.name(), "regression data with numeric targets, but " + data.name() + " is classification data with " + data.classes()
                    + " classes (" + String.join(", ", data.classNames()) + "); " + instead);
        }
    }

    /** Refuses regression data; {@code instead} names models that take it. */
    void requireClassification(String instead) {
        if (!data.isClassification()) {
            refuse(DATA, data.name(), "classification data with class targets, but " + data.name() + " is regression data with numeric target "
                    + data.targetName() + "; " + instead);
        }
    }

    /** {@code xor has 2 features (x1, x2)}. */
    String features() {
        return data.name() + " has " + data.features() + (data.features() == 1 ? " feature (" : " features (") + String.join(", ", data.featureNames())
                + ")";
    }

    /** Whether nothing was refused so far. */
    boolean fits() {
        return violations.isEmpty();
    }

    /** @throws InvalidParametersException listing everything refused, if anything was */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
    }
}
