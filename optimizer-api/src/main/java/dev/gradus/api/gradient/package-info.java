/**
 * Gradient estimators: how a run gets the gradient it steps along. The exact one from a
 * {@link dev.gradus.api.objective.DifferentiableObjective}, or numerical ones from values alone.
 * An estimator is made per run for one objective, and counts what it spends.
 */
package dev.gradus.api.gradient;
