package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class TextbookAdamContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new TextbookAdamProvider();
    }

    /** The same learning rate as torch's Adam gets in its contract test. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.05");
    }
}
