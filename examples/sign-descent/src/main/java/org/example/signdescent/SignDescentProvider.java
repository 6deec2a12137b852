package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;

/**
 * The entry point Gradus finds through {@code META-INF/services/dev.gradus.api.spi.OptimizerProvider}.
 * It has a public no-argument constructor that does nothing, describes the optimizer, and makes it.
 */
public final class SignDescentProvider implements OptimizerProvider {
    // GradusApi.VERSION is a compile-time constant: this class records the API version it was built against.
    private static final ProviderInfo INFO = new ProviderInfo("sign-descent", "Sign descent", "0.1.0", GradusApi.VERSION,
            "signSGD: every coordinate moves by exactly the learning rate against the sign of its gradient "
                    + "(Bernstein et al., 2018). Robust to gradient scale, never settles closer than lr.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(0.01),
            RealParameter.of("weight_decay", "L2 penalty: weight_decay * x is added to the gradient before taking its sign", 0,
                    Range.atLeast(0)));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new SignDescent(values.real("weight_decay"));
    }
}
