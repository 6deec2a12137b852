package dev.gradus.app.port.in;

/** Compares gradient estimators at one point of one objective. */
public interface CheckGradientUseCase {

    /**
     * The value at the point, and the gradient from each estimator asked for (every one that
     * applies when none is named), each with its error against the objective's exact gradient.
     *
     * @throws UnknownProviderException                        when an id is not known
     * @throws dev.gradus.api.param.InvalidParametersException listing every refused parameter value
     * @throws InvalidInputException                           when the dimension or point does not fit, or an estimator does not apply
     * @throws ProviderFailedException                         when a provider throws
     * @throws dev.gradus.api.error.SyntaxException            when a formula does not parse
     */
    GradientReport check(GradientCheckCommand command);
}
