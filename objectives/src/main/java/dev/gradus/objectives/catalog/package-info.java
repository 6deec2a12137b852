/**
 * The catalog of classic test functions for optimizers: curves of one variable (the parabola, the
 * wavy polynomial of the stochastic gradient descent article), bowls, valleys and saddles of the
 * plane, the multimodal and non-smooth benchmarks of the literature (Ackley, Rastrigin, Bukin N.6,
 * the eggholder, ...), and functions of any dimension. Each is an
 * {@link dev.gradus.api.spi.ObjectiveProvider} registered through {@code META-INF/services} exactly
 * as a third-party plugin's objectives are, and makes a
 * {@link dev.gradus.api.objective.DifferentiableObjective} with its exact analytic gradient and
 * complete metadata: the formula, coordinate names, a suggested start, a plot window, the usual
 * search domain, every known global minimum and, where useful, the local ones. A function with kinks
 * says so ({@code smooth = false}) and documents the gradient it returns on them. Evaluation
 * allocates nothing, never writes to the point and keeps no state, so one objective may be evaluated
 * from several threads at once. Only classic functions with a closed-form gradient belong here; data
 * and formula objectives live in their own packages.
 */
package dev.gradus.objectives.catalog;
