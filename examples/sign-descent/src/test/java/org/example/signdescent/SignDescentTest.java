package org.example.signdescent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.optimizer.StepContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignDescentTest {
    private final SignDescentProvider provider = new SignDescentProvider();

    private SignDescent configured(Map<String, String> values) {
        return (SignDescent) provider.create(provider.parameters().parse("sign-descent", values));
    }

    @Test
    void movesEachCoordinateByTheLearningRateAgainstItsGradientsSign() {
        SignDescent optimizer = configured(Map.of());
        SignDescent.State state = optimizer.init(3);
        double[] x = {1, 1, 1};

        optimizer.update(state, x, new double[] {250, -1e-9, 0}, StepContext.of(0.5, 0));

        // sign(250) = 1, sign(-1e-9) = -1, sign(0) = 0
        assertThat(x).containsExactly(0.5, 1.5, 1);
        assertThat(state.steps()).isEqualTo(1);
    }

    @Test
    void weightDecayCanFlipTheSign() {
        SignDescent optimizer = configured(Map.of("weight_decay", "1"));
        SignDescent.State state = optimizer.init(1);
        double[] x = {4};

        optimizer.update(state, x, new double[] {-1}, StepContext.of(0.1, 0));

        // g + wd x = -1 + 4 = 3 > 0: the step goes down although the gradient points up
        assertThat(x).containsExactly(3.9);
    }

    @Test
    void theLearningRateComesFromTheContext() {
        SignDescent optimizer = configured(Map.of("lr", "0.5"));
        double[] x = {1};

        optimizer.update(optimizer.init(1), x, new double[] {1}, StepContext.of(0.25, 0));

        assertThat(x).containsExactly(0.75);
    }
}
