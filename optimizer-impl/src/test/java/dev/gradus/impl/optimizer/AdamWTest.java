package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.optimizer.StepContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamWTest {
    private static final AdamWProvider PROVIDER = new AdamWProvider();

    private static Adam adamw(Map<String, String> values) {
        return (Adam) PROVIDER.create(PROVIDER.parameters().parse("adamw", values));
    }

    @Test
    void theParametersShrinkBeforeTheMomentsAndTheGradientIsLeftAlone() {
        Adam adamw = adamw(Map.of("weight_decay", "0.5"));
        Adam.State state = adamw.init(1);
        double[] x = {4};

        adamw.update(state, x, new double[] {1}, StepContext.of(0.1, 0));

        // x ← 4 (1 - 0.1 * 0.5) = 3.8, then the Adam step on the raw gradient 1: 0.1 * 1 / (1 + 1e-8)
        assertThat(x[0]).isCloseTo(3.700000001, within(1e-15));
        // the moments saw g = 1, not g + 0.5 x = 3 as Adam's coupled decay would
        assertThat(state.vectors().get("first moment")[0]).isCloseTo(0.1, within(1e-16));
    }

    @Test
    void withTheSameWeightDecayAdamWAndAdamDiffer() {
        AdamProvider adamProvider = new AdamProvider();
        Adam adam = (Adam) adamProvider.create(adamProvider.parameters().parse("adam", Map.of("weight_decay", "0.5")));
        Adam adamw = adamw(Map.of("weight_decay", "0.5"));
        double[] x = {4};
        double[] y = {4};

        adam.update(adam.init(1), x, new double[] {1}, StepContext.of(0.1, 0));
        adamw.update(adamw.init(1), y, new double[] {1}, StepContext.of(0.1, 0));

        // Adam: d = 1 + 0.5 * 4 = 3 and the first step is 0.1 sign(d): 3.9; AdamW: 3.7
        assertThat(x[0]).isCloseTo(3.9, within(1e-8));
        assertThat(y[0]).isCloseTo(3.7, within(1e-8));
    }

    @Test
    void withoutWeightDecayAdamWIsAdamBitForBit() {
        AdamProvider adamProvider = new AdamProvider();
        Adam adam = (Adam) adamProvider.create(adamProvider.parameters().parse("adam", Map.of("amsgrad", "true")));
        Adam adamw = adamw(Map.of("weight_decay", "0", "amsgrad", "true"));
        double[] x = {1, -2};
        double[] y = {1, -2};
        Adam.State sx = adam.init(2);
        Adam.State sy = adamw.init(2);
        for (int k = 0; k < 10; k++) {
            adam.update(sx, x, new double[] {Math.sin(x[0]), x[1]}, StepContext.of(0.05, 0));
            adamw.update(sy, y, new double[] {Math.sin(y[0]), y[1]}, StepContext.of(0.05, 0));
        }

        assertThat(y).containsExactly(x);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-3), Map.entry("beta1", 0.9),
                Map.entry("beta2", 0.999), Map.entry("eps", 1e-8), Map.entry("weight_decay", 0.01), Map.entry("amsgrad", false));
    }
}
