/**
 * The catalog of classic test functions for optimizers: the sphere, the elongated bowl of "Deep
 * Learning from Scratch", Rosenbrock, Beale, Himmelblau and Booth. Each is an
 * {@link dev.gradus.api.spi.ObjectiveProvider} registered through {@code META-INF/services} exactly
 * as a third-party plugin's objectives are, and makes a
 * {@link dev.gradus.api.objective.DifferentiableObjective} with its exact analytic gradient and
 * complete metadata: the formula, coordinate names, a suggested start, a plot window, the usual
 * search domain and every known global minimum. Evaluation allocates nothing, never writes to the
 * point and keeps no state, so one objective may be evaluated from several threads at once. Only
 * classic functions with a closed-form gradient belong here; data and formula objectives live in
 * their own packages.
 */
package dev.gradus.objectives.catalog;
