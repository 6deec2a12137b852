package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class AsgdContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new AsgdProvider();
    }

    /** A rate the quadratics take, and averaging from step 100 so the average is exercised. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.1", "t0", "100");
    }
}
