/**
 * Data for learning objectives: {@link dev.gradus.api.data.DataSet}, the examples a model is fitted
 * to, made by a {@link dev.gradus.api.spi.DataSetProvider} or read from the user's CSV file; and
 * {@link dev.gradus.api.data.SeededRandom}, the reproducible random source every seeded draw in
 * Gradus uses (data, initial weights, mini-batches).
 */
package dev.gradus.api.data;
