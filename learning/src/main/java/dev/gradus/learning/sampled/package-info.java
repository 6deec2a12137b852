/**
 * Seed article 000's mini-batch polynomial landscape, {@code sampled-polynomial}: noisy samples of
 * the catalog's wavy polynomial drawn from the run's seed, least-squares polynomial fits to them in
 * a well-conditioned (Legendre) basis solved by EJML's pivoted QR, and the stochastic objective
 * whose batch fit is refitted to the samples the host selects each step. Only what this one
 * objective needs belongs here; general data sets and models live in their own packages.
 */
package dev.gradus.learning.sampled;
