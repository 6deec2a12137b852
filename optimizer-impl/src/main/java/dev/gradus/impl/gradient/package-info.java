/**
 * Built-in gradient estimators: the exact gradient a differentiable objective computes itself
 * ({@code analytic} for hand-derived gradients, {@code autodiff} for formulas differentiated
 * automatically), and forward, central and five-point finite differences with a step chosen per
 * coordinate from the point's scale, evaluated on several threads when a gradient takes long enough,
 * with the same result bit for bit. Each counts the evaluations it spends.
 */
package dev.gradus.impl.gradient;
