/**
 * What the objective module's packages share: its build version. The objectives themselves live
 * in {@code catalog} (classic test functions) and {@code formula} (formulas typed as text).
 */
package dev.gradus.objectives;
