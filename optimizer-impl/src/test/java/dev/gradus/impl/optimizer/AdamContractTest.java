package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class AdamContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new AdamProvider();
    }

    /** AMSGrad keeps a third vector in the state rules. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.05", "amsgrad", "true");
    }
}
