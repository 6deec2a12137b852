package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/**
 * Provides {@link TextbookNesterov} under the id {@code textbook-nesterov}: Nesterov momentum as
 * Deep Learning from Scratch implements it, which is not torch's {@code sgd} with {@code nesterov=true}.
 */
public final class TextbookNesterovProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("textbook-nesterov", "Nesterov (textbook)",
            "Nesterov momentum exactly as the Nesterov class of Deep Learning from Scratch (Saitoh): v <- mu v - lr g, "
                    + "x <- x + mu^2 v - (1 + mu) lr g with the updated v. Differs from sgd with nesterov=true from the first step.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(0.01),
            RealParameter.of("momentum", "momentum factor: how much of the velocity is kept each step", 0.9, Range.closedOpen(0, 1)));

    public TextbookNesterovProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new TextbookNesterov(values.real("momentum"));
    }
}
