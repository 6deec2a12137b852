/**
 * Built-in gradient estimators: the exact gradient of a differentiable objective, and forward and
 * central finite differences with a step chosen per coordinate from the point's scale. Each counts
 * the evaluations it spends.
 */
package dev.gradus.impl.gradient;
