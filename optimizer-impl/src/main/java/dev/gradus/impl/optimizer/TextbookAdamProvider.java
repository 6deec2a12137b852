package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/**
 * Provides {@link TextbookAdam} under the id {@code textbook-adam}: Adam as Deep Learning from
 * Scratch implements it, with ε added before the bias correction, which is not torch's {@code adam}.
 */
public final class TextbookAdamProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("textbook-adam", "Adam (textbook)",
            "Adam exactly as the Adam class of Deep Learning from Scratch (Saitoh): the bias corrections folded into the step size "
                    + "and eps added to the root of the uncorrected second moment, unlike torch.optim.Adam (adam).");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-3),
            RealParameter.of("beta1", "decay rate of the first moment", 0.9, Range.closedOpen(0, 1)),
            RealParameter.of("beta2", "decay rate of the second moment", 0.999, Range.closedOpen(0, 1)),
            RealParameter.logScale("eps", "added to the root of the second moment before bias correction (the book's fixed 1e-7)", 1e-7,
                    Range.greaterThan(0)));

    public TextbookAdamProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new TextbookAdam(values.real("beta1"), values.real("beta2"), values.real("eps"));
    }
}
