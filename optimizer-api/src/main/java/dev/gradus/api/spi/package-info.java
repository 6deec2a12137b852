/**
 * The entry points plugins implement: {@link dev.gradus.api.spi.OptimizerProvider},
 * {@link dev.gradus.api.spi.ObjectiveProvider} and {@link dev.gradus.api.spi.GradientEstimatorProvider},
 * each found by {@link java.util.ServiceLoader} through a {@code META-INF/services} file named after
 * the interface. Gradus's own optimizers, objectives and estimators are registered the same way,
 * with no special path.
 *
 * <p>A provider is cheap to construct, describes itself ({@link dev.gradus.api.spi.ProviderInfo},
 * its {@link dev.gradus.api.param.ParameterSpace}) and makes the working object from validated
 * parameter values. Plugins see only this API: no dependency injection framework, no host classes.
 */
package dev.gradus.api.spi;
