package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class AdamWContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new AdamWProvider();
    }

    /** AMSGrad keeps a third vector in the state rules; the decoupled decay of 0.01 pulls towards the minimum at 0. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.05", "amsgrad", "true");
    }
}
