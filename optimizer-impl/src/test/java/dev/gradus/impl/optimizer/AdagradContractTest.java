package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class AdagradContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new AdagradProvider();
    }

    /** The default rate 0.01 is far too slow for 5000 steps; a large rate with a seeded accumulator converges. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "1", "initial_accumulator_value", "0.1");
    }
}
