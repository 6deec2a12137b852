package org.example.signdescent;

import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.ObjectiveContract;
import dev.gradus.tck.OptimizerContract;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The plugin's optimizers from the literature and its objective, under the Gradus TCK. */
class LiteratureContractTests {

    @Nested
    class LionContract implements OptimizerContract {
        @Override
        public OptimizerProvider provider() {
            return new LionProvider();
        }

        /** A sign method settles within about lr of the minimum: a small lr, and the steps to get there. */
        @Override
        public Map<String, String> convergenceParameters() {
            return Map.of("lr", "1e-4");
        }

        @Override
        public int convergenceSteps() {
            return 80_000;
        }
    }

    @Nested
    class AdaBeliefContract implements OptimizerContract {
        @Override
        public OptimizerProvider provider() {
            return new AdaBeliefProvider();
        }

        @Override
        public Map<String, String> convergenceParameters() {
            return Map.of("lr", "0.05");
        }
    }

    @Nested
    class LookaheadContract implements OptimizerContract {
        @Override
        public OptimizerProvider provider() {
            return new LookaheadProvider();
        }

        /** AdaBelief inside, at the learning rate that suits it on the TCK's bowls. */
        @Override
        public Map<String, String> convergenceParameters() {
            return Map.of("lr", "0.05");
        }
    }

    @Nested
    class ZakharovContract implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new ZakharovProvider();
        }
    }
}
