package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class SgdContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new SgdProvider();
    }

    /** Momentum and Nesterov exercise the buffer in the state rules; lr 0.1 contracts x by 0.99 per step on the bowl's flat axis. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.1", "momentum", "0.5", "nesterov", "true", "weight_decay", "0");
    }
}
