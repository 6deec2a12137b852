/**
 * Learning objectives: generated data sets ({@code data}), models fitted to data over their
 * flattened parameter vector with back-propagated gradients ({@code model}), and seed 000's
 * mini-batch polynomial landscape ({@code sampled}).
 */
package dev.gradus.learning;
