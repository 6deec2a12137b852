package org.example.signdescent;

import java.util.Set;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.ServiceLoader;

/**
 * Lookahead, found through META-INF/services. The inner optimizer is any optimizer Gradus knows
 * found by id through {@link ServiceLoader}: first among this plugin's own providers, then among the
 * host's built-ins (through the parent of the plugin's class loader, which Gradus keeps out of a
 * plugin's own service lookups). It runs at its default hyperparameters and the run's learning rate.
 */
public final class LookaheadProvider implements OptimizerProvider {
    private static final ProviderInfo INFO = new ProviderInfo("lookahead", "Lookahead", "0.1.0", GradusApi.VERSION,
            "Lookahead around any optimizer: k fast steps of the inner optimizer, then the slow weights move alpha of the way "
                    + "to them (Zhang et al., 2019).");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-3),
            new TextParameter("inner", "the id of the optimizer that takes the fast steps, at its defaults and the run's lr", "adabelief", 64),
            new IntegerParameter("k", "fast steps between two slow steps", 5, 1, 1_000_000),
            RealParameter.of("alpha", "how far the slow weights move toward the fast ones", 0.5, Range.closedOpen(0, 1)));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    /** Its state names the slow weights and the inner optimizer's vectors, for the lab's views. */
    @Override
    public Set<OptimizerCapability> capabilities() {
        return Set.of(OptimizerCapability.STATE_VECTORS);
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        String id = values.text("inner");
        if (id.equals(INFO.id())) {
            throw new IllegalArgumentException("lookahead cannot take its fast steps with lookahead itself");
        }
        ClassLoader own = LookaheadProvider.class.getClassLoader();
        for (ClassLoader loader : new ClassLoader[] {own, own.getParent()}) {
            if (loader == null) {
                continue;
            }
            for (OptimizerProvider provider : ServiceLoader.load(OptimizerProvider.class, loader)) {
                if (provider.info().id().equals(id)) {
                    return wrap(provider.create(provider.parameters().defaults()), values.integer("k"), values.real("alpha"));
                }
            }
        }
        throw new IllegalArgumentException("inner = '" + id + "' is not an optimizer Gradus knows; see 'gradus list optimizers'");
    }

    private static <S extends OptimizerState> Lookahead<S> wrap(Optimizer<S> inner, long k, double alpha) {
        return new Lookahead<>(inner, k, alpha);
    }
}
