package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class RmspropContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new RmspropProvider();
    }

    /** Constant-rate RMSprop hovers at a distance of about lr; centered with momentum keeps all three vectors in the rules. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.003", "momentum", "0.5", "centered", "true");
    }
}
