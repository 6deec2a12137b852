package dev.gradus.api.optimizer;

/**
 * What one of an optimizer's {@linkplain OptimizerState#vectors() named state vectors} is, so that
 * a view draws it fittingly. Declared by the optimizer, never guessed from values: a first moment
 * that happens to stay positive is still a direction.
 *
 * @since 1.2
 */
public enum StateVectorKind {
    /**
     * A vector with a direction, in the gradient's units: a velocity, a momentum buffer, a first
     * moment, a search direction. Drawn as an arrow from the current point.
     */
    DIRECTION,
    /**
     * A per-coordinate magnitude, never negative: an accumulator or average of squared gradients, a
     * second moment, a per-coordinate step size, an infinity norm. Drawn centred on the current
     * point, its extent along each coordinate growing with the component.
     */
    SCALE,
    /**
     * A point in parameter space, such as an averaged iterate. Drawn where it is, not relative to
     * the current point.
     */
    POINT
}
