package dev.gradus.impl.optimizer;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

class TextbookNesterovContractTest implements OptimizerContract {
    @Override
    public OptimizerProvider provider() {
        return new TextbookNesterovProvider();
    }

    /** lr 0.1 with the book's momentum 0.9: stable on the contract's steepest quadratic (curvature 5), quick on the bowl's flat axis. */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "0.1", "momentum", "0.9");
    }
}
