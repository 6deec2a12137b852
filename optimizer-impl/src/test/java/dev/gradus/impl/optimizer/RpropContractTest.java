package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;

class RpropContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new RpropProvider();
    }
}
