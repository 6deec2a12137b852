package org.example.signdescent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.OptimizerProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lookahead's inner_parameters: they reach the inner optimizer, parsed by its own parameters, and
 * every mistake in inner or inner_parameters is refused when the parameters are parsed, naming it.
 */
class LookaheadInnerParametersTest {
    private static final LookaheadProvider LOOKAHEAD = new LookaheadProvider();
    private static final double LR = 0.01;
    private static final double[] START = {1, -2};
    private static final int K = 4;
    /** Only the plugin's plain-stepping optimizers and the tests' positive-rate are on this class path. */
    private static final String INNER_IDS = "adabelief, lion, positive-rate, sign-descent";

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = ';', value = {
            "adabelief; beta1=0.5, beta2=0.9 eps=1e-8",
            "lion; beta1=0.5,beta2=0.8,weight_decay=0.3",
            "sign-descent; weight_decay=5"})
    void theInnerOptimizerTakesTheFirstKMinusOneStepsWithTheGivenValues(String inner, String innerParameters) {
        OptimizerProvider provider = provider(inner);
        Optimizer<?> alone = provider.create(provider.parameters().parseAssignments(inner, List.of(innerParameters.split("[, ]+"))));
        Optimizer<?> atDefaults = provider.create(provider.parameters().defaults());
        Optimizer<?> lookahead = LOOKAHEAD.create(LOOKAHEAD.parameters().parse("lookahead",
                Map.of("lr", Double.toString(LR), "inner", inner, "inner_parameters", innerParameters, "k", Integer.toString(K))));

        List<double[]> innerPath = path(alone, K);
        List<double[]> lookaheadPath = path(lookahead, K);

        for (int step = 0; step < K - 1; step++) {
            assertThat(lookaheadPath.get(step)).as("step %d", step + 1).containsExactly(innerPath.get(step));
        }
        // the k-th step: the slow weights, from the start, move alpha = 0.5 of the way to the fast ones
        double[] fast = innerPath.get(K - 1);
        assertThat(lookaheadPath.get(K - 1)).containsExactly(START[0] + 0.5 * (fast[0] - START[0]), START[1] + 0.5 * (fast[1] - START[1]));
        assertThat(path(atDefaults, K - 1).get(K - 2)).as("the given values change the path").isNotEqualTo(innerPath.get(K - 2));
    }

    @Test
    void emptyInnerParametersLeaveTheInnerAtItsDefaults() {
        Optimizer<?> lookahead = LOOKAHEAD.create(LOOKAHEAD.parameters().parse("lookahead", Map.of("lr", Double.toString(LR), "k", "9")));
        AdaBeliefProvider adabelief = new AdaBeliefProvider();

        assertThat(LOOKAHEAD.parameters().defaults().text("inner_parameters")).isEmpty();
        assertThat(path(lookahead, 8)).zipSatisfy(path(adabelief.create(adabelief.parameters().defaults()), 8),
                (withLookahead, alone) -> assertThat(withLookahead).containsExactly(alone));
    }

    @Test
    void anUnknownInnerIsRefusedNamingInnerAndTheIdsThereAre() {
        assertThat(refusal(Map.of("inner", "nope"))).containsExactly(new ParameterViolation("lookahead", "inner", "inner=nope",
                "there is no optimizer 'nope'; inner is one of " + INNER_IDS, ParameterViolation.Kind.RULE));
    }

    @Test
    void lookaheadInsideItselfIsRefusedNamingInner() {
        assertThat(refusal(Map.of("inner", "lookahead"))).containsExactly(new ParameterViolation("lookahead", "inner", "inner=lookahead",
                "lookahead cannot take its fast steps with itself; inner is one of " + INNER_IDS, ParameterViolation.Kind.RULE));
    }

    @Test
    void anInnerThatEvaluatesInsideItsStepsIsRefusedNamingInner() {
        assertThat(refusal(Map.of("inner", "line-searching"))).containsExactly(new ParameterViolation("lookahead", "inner", "inner=line-searching",
                "line-searching evaluates the objective inside its steps (EXTRA_EVALUATIONS), which lookahead does not pass on; inner is one of "
                        + INNER_IDS, ParameterViolation.Kind.RULE));
    }

    @Test
    void anUnknownInnerParameterIsRefusedNamingInnerParametersAndTheInnersNames() {
        ParameterViolation refused = single(refusal(Map.of("inner_parameters", "beta3=0.5")));

        assertThat(refused.parameter()).isEqualTo("inner_parameters");
        assertThat(refused.value()).isEqualTo("inner_parameters=beta3=0.5");
        assertThat(refused.allowed()).isEqualTo("adabelief: unknown parameter 'beta3'; known: beta1, beta2, eps, weight_decay");
        assertThat(refused.message()).isEqualTo("lookahead: inner_parameters=beta3=0.5 is not allowed: "
                + "adabelief: unknown parameter 'beta3'; known: beta1, beta2, eps, weight_decay");
    }

    @Test
    void anInnerParameterOutOfTheInnersRangeIsRefusedWithTheRange() {
        ParameterViolation refused = single(refusal(Map.of("inner", "lion", "inner_parameters", "beta2=1")));

        assertThat(refused.parameter()).isEqualTo("inner_parameters");
        assertThat(refused.allowed()).isEqualTo("lion: beta2 = 1 is out of range; allowed: [0, 1)");
    }

    @Test
    void everyMistakeInInnerParametersIsReportedAtOnce() {
        assertThat(refusal(Map.of("inner_parameters", "beta1=high, eps=0")))
                .extracting(ParameterViolation::parameter, ParameterViolation::allowed)
                .containsExactly(
                        tuple("inner_parameters", "adabelief: beta1 = 'high' is malformed; expected a number in [0, 1)"),
                        tuple("inner_parameters", "adabelief: eps = 0 is out of range; allowed: > 0"));
    }

    @Test
    void innerParametersThatAreNotAssignmentsAreRefused() {
        assertThat(refusal(Map.of("inner_parameters", "beta1 0.5"))).extracting(ParameterViolation::parameter, ParameterViolation::allowed)
                .containsExactly(
                        tuple("inner_parameters", "adabelief: 'beta1' is not of the form NAME=VALUE"),
                        tuple("inner_parameters", "adabelief: '0.5' is not of the form NAME=VALUE"));
        assertThat(single(refusal(Map.of("inner_parameters", "beta1=0.5 beta1=0.6"))).allowed())
                .isEqualTo("adabelief: beta1 is given more than once (beta1=0.5, beta1=0.6)");
    }

    @Test
    void lrInInnerParametersIsRefusedBecauseTheInnerTakesLookaheadsLr() {
        ParameterViolation refused = single(refusal(Map.of("inner_parameters", "lr=0.1")));

        assertThat(refused.parameter()).isEqualTo("inner_parameters");
        assertThat(refused.allowed()).isEqualTo("the inner optimizer takes lookahead's lr: give lr to lookahead (-p lr=...), not in inner_parameters");
    }

    @Test
    void lookaheadsLrIsCheckedAgainstTheInnersBoundsOnLr() {
        assertThat(LOOKAHEAD.parameters().parse("lookahead", Map.of("inner", "positive-rate", "lr", "0.5")).real("lr")).isEqualTo(0.5);
        assertThat(refusal(Map.of("inner", "positive-rate", "lr", "0"))).containsExactly(new ParameterViolation("lookahead", "lr", "lr=0.0",
                "positive-rate: lr = 0.0 is out of range; allowed: > 0", ParameterViolation.Kind.RULE));
    }

    /**
     * The points after each of the first steps on f = (x - 3)^2 + 10 (y - 1)^2 from START, at LR;
     * its minimum is away from the origin, so that a weight decay can turn a gradient's sign.
     */
    private static <S extends OptimizerState> List<double[]> path(Optimizer<S> optimizer, int steps) {
        S state = optimizer.init(2);
        double[] x = START.clone();
        double[] g = new double[2];
        List<double[]> points = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            g[0] = 2 * (x[0] - 3);
            g[1] = 20 * (x[1] - 1);
            optimizer.update(state, x, g, StepContext.of(LR, (x[0] - 3) * (x[0] - 3) + 10 * (x[1] - 1) * (x[1] - 1)));
            points.add(x.clone());
        }
        return points;
    }

    private static List<ParameterViolation> refusal(Map<String, String> values) {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class,
                () -> LOOKAHEAD.parameters().parse("lookahead", values));
        assertThat(refused).as("parsing %s is refused", values).isNotNull();
        return refused.violations();
    }

    private static ParameterViolation single(List<ParameterViolation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    private static OptimizerProvider provider(String id) {
        return switch (id) {
            case "adabelief" -> new AdaBeliefProvider();
            case "lion" -> new LionProvider();
            case "sign-descent" -> new SignDescentProvider();
            default -> throw new IllegalArgumentException(id);
        };
    }
}
