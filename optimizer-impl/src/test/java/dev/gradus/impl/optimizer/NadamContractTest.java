package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class NadamContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new NadamProvider();
    }

    /** The default rate 2e-3 is too slow for the budget. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.05");
    }
}
