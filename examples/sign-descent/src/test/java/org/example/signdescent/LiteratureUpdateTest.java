package org.example.signdescent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.optimizer.StepContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The papers' update rules, worked by hand for the first steps, with the papers' defaults. */
class LiteratureUpdateTest {

    @Test
    void lionStepsByTheSignOfTheInterpolatedMomentum() {
        LionProvider provider = new LionProvider();
        Lion lion = (Lion) provider.create(provider.parameters().parse("lion", Map.of()));
        Lion.State state = lion.init(2);
        double[] x = {1, -1};

        // m = 0: c = 0.1 g, so x moves by lr = 1e-4 against sign(g); then m = 0.01 g
        lion.update(state, x, new double[] {2, -3}, StepContext.of(1e-4, 0));
        assertThat(x).containsExactly(1 - 1e-4, -1 + 1e-4);
        assertThat(state.vectors().get("momentum")).containsExactly(new double[] {0.02, -0.03}, within(1e-15));
        // a small gradient of the other sign: c = 0.9 * 0.02 + 0.1 * (-0.1) = 0.008 > 0, so x still moves down
        lion.update(state, x, new double[] {-0.1, 0}, StepContext.of(1e-4, 0));
        assertThat(x[0]).isEqualTo(1 - 2e-4, within(1e-15));
        assertThat(provider.parameters().defaults().real("beta2")).isEqualTo(0.99);
    }

    @Test
    void adaBeliefScalesByTheBeliefInTheGradient() {
        AdaBeliefProvider provider = new AdaBeliefProvider();
        AdaBelief ada = (AdaBelief) provider.create(provider.parameters().parse("adabelief", Map.of()));
        AdaBelief.State state = ada.init(1);
        double[] x = {1};

        // t = 1, g = 2: m = 0.2, s = 0.001 * (2 - 0.2)^2 + 1e-16; m/(1 - 0.9) = 2, s/(1 - 0.999) = 3.24 (+1e-13): step 1e-3 * 2 / 1.8
        ada.update(state, x, new double[] {2}, StepContext.of(1e-3, 0));
        double m = (1 - 0.9) * 2;
        double s = (1 - 0.999) * (2 - m) * (2 - m) + 1e-16;
        assertThat(x[0]).isCloseTo(1 - 1e-3 * 2 / (Math.sqrt(3.24 + 1e-13) + 1e-16), within(1e-15));
        assertThat(state.vectors().get("belief")[0]).as("eps is added to the belief itself").isEqualTo(s);
        assertThat(s).isNotEqualTo((1 - 0.999) * (2 - m) * (2 - m));
        // the same gradient again: the belief shrinks (g is nearer its mean), so the step grows, unlike Adam's
        double before = x[0];
        ada.update(state, x, new double[] {2}, StepContext.of(1e-3, 0));
        assertThat(before - x[0]).isGreaterThan(1e-3 * 2 / 1.8);
        assertThat(provider.parameters().defaults().real("eps")).isEqualTo(1e-16);
    }

    @Test
    void lookaheadPullsTheFastWeightsBackToTheSlowOnesEveryKSteps() {
        LookaheadProvider provider = new LookaheadProvider();
        Lookahead<?> lookahead = (Lookahead<?>) provider.create(provider.parameters().parse("lookahead", Map.of("inner", "sign-descent", "k", "2")));
        run(lookahead);
    }

    private static <S extends dev.gradus.api.optimizer.OptimizerState> void run(Lookahead<?> any) {
        @SuppressWarnings("unchecked")
        Lookahead<S> lookahead = (Lookahead<S>) any;
        Lookahead.State<S> state = lookahead.init(1);
        double[] x = {1};
        // sign descent inside, lr 0.1: two fast steps to 0.8, then the slow weights go half way from 1 to 0.8
        lookahead.update(state, x, new double[] {5}, StepContext.of(0.1, 0));
        assertThat(x[0]).isCloseTo(0.9, within(1e-15));
        lookahead.update(state, x, new double[] {5}, StepContext.of(0.1, 0));
        assertThat(x[0]).isCloseTo(0.9, within(1e-15));
        assertThat(state.vectors().get("slow weights")[0]).isCloseTo(0.9, within(1e-15));
        assertThat(state.vectorKind("slow weights")).isEqualTo(dev.gradus.api.optimizer.StateVectorKind.POINT);
    }
}
