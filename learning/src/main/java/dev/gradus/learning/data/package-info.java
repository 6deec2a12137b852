/**
 * Generated data sets, each a {@link dev.gradus.api.spi.DataSetProvider} registered in
 * {@code META-INF/services} exactly as a plugin's would be: seed 003's {@code xor}, scikit-learn's
 * {@code two-moons} and {@code circles}, interleaved {@code spirals}, {@code gaussian-blobs} on a
 * circle, and the regressions {@code line} and {@code polynomial}. Every random number comes from
 * {@code SeededRandom.of(seed, "data")} and every curve from {@link java.lang.StrictMath}, so a
 * seed and its parameter values give the same data, bit for bit, on every machine.
 */
package dev.gradus.learning.data;
