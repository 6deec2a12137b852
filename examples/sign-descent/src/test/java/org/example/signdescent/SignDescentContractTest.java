package org.example.signdescent;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;

/** Runs every rule of the Gradus optimizer contract on sign descent. */
class SignDescentContractTest implements OptimizerContract {

    @Override
    public OptimizerProvider provider() {
        return new SignDescentProvider();
    }

    /**
     * Constant-step sign descent never settles: each coordinate ends oscillating within lr of the
     * minimum. With lr = 1e-4 that leaves at most n * (lr)^2 on the sphere (5e-8) and at most
     * lr^2/20 + lr^2 on the bowl, both below the 1e-6 bar; reaching there from a distance of 7 takes
     * 7 / lr = 70 000 steps.
     */
    @Override
    public Map<String, String> convergenceParameters() {
        return Map.of("lr", "1e-4");
    }

    @Override
    public int convergenceSteps() {
        return 80_000;
    }
}
