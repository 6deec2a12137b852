package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NadamTest {
    private static final NadamProvider PROVIDER = new NadamProvider();

    private static Nadam nadam(Map<String, String> values) {
        return (Nadam) PROVIDER.create(PROVIDER.parameters().parse("nadam", values));
    }

    private static void step(Nadam nadam, VectorState state, double[] x, double lr, double... gradient) {
        nadam.update(state, x, gradient, StepContext.of(lr, 0));
    }

    private static double[] vector(VectorState state, String name) {
        return state.vectors().get(name);
    }

    // The momentum schedule at the default momentum_decay ψ = 4e-3, worked once for every test below:
    //   0.96^0.004 = 0.99983672535268, 0.96^0.008 = 0.99967347736396, 0.96^0.012 = 0.99951025602950
    //   μ1 = 0.9 (1 - ½ 0.99983672535268) = 0.45007347359130
    //   μ2 = 0.9 (1 - ½ 0.99967347736396) = 0.45014693518622
    //   μ3 = 0.9 (1 - ½ 0.99951025602950) = 0.45022038478672
    //   μ4 = 0.9 (1 - ½ 0.96^0.016)        = 0.45029382239477
    //   Π1 = μ1, Π2 = μ1 μ2 = 0.20259919474574, Π3 = Π2 μ3 = 0.09121428741591
    private static final double MU_1 = 0.45007347359129607;
    private static final double MU_2 = 0.4501469351862175;

    @Test
    void firstStepMovesByTheLearningRateTimesOnePlusTheNesterovLookAhead() {
        Nadam nadam = nadam(Map.of());
        VectorState state = nadam.init(2);
        double[] x = {1, 1};

        step(nadam, state, x, 0.1, 2, -0.5);

        // t = 1, g = (2, -0.5): m = 0.1 g = (0.2, -0.05), v = 0.001 g² = (0.004, 0.00025), √(v / 0.001) = |g|, d = |g| + 1e-8
        // gradient term: 0.1 (1 - μ1) / (1 - Π1) = 0.1 exactly (Π1 = μ1), times g / d
        // momentum term: 0.1 μ2 / (1 - Π1 μ2) = 0.1 * 0.45014693519 / 0.79740080525 = 0.05645177836, times m / d = 0.1 g / d
        // so x moves by (0.1 + 0.005645177836) g / (|g| + 1e-8) = 0.10564517784 sign(g) (1 - 1e-8 / |g|):
        // x = (1 - 0.10564517784 * 2 / 2.00000001, 1 + 0.10564517784 * 0.5 / 0.50000001) = (0.89435482269, 1.10564517572)
        assertThat(x).containsExactly(new double[] {0.8943548226926871, 1.1056451757226353}, within(1e-15));
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.2, -0.05}, within(1e-15));
        assertThat(vector(state, "second moment")[0]).isCloseTo(0.004, withinPercentage(1e-12));
        assertThat(vector(state, "second moment")[1]).isCloseTo(0.00025, withinPercentage(1e-12));
        assertThat(state.snapshot().number("mu_product")).isCloseTo(MU_1, within(1e-16));
    }

    @Test
    void secondAndThirdStepsOfNadamMatchHandWorkedNumbers() {
        Nadam nadam = nadam(Map.of());
        VectorState state = nadam.init(2);
        double[] x = {1, 1};
        step(nadam, state, x, 0.1, 2, -0.5);

        // t = 2, g = (1, 1): m = 0.9 (0.2, -0.05) + 0.1 (1, 1) = (0.28, 0.055); v = (0.004996, 0.00124975) as in Adam
        // Π2 = μ1 μ2 = 0.45007347359 * 0.45014693519 = 0.20259919475
        // gradient coefficient 0.1 (1 - μ2) / (1 - Π2) = 0.1 * 0.54985306481 / 0.79740080525 = 0.06895566962
        // momentum coefficient 0.1 μ3 / (1 - Π2 μ3) = 0.1 * 0.45022038479 / 0.90878571258 = 0.04954087400
        // √v̂ = √(v / 0.001999) = (√2.49924962481, √0.62518759380) = (1.58090152281, 0.79068805088), d = √v̂ + 1e-8
        // x = (0.89435482269 - 0.06895566962 / d0 - 0.04954087400 * 0.28 / d0, 1.10564517572 - 0.06895566962 / d1 - 0.04954087400 * 0.055 / d1)
        //   = (0.89435482269 - 0.04361794090 - 0.00877438881, 1.10564517572 - 0.08720970131 - 0.00344604681)
        //   = (0.84196249299, 1.01498942760)
        step(nadam, state, x, 0.1, 1, 1);
        assertThat(state.snapshot().number("mu_product")).isCloseTo(MU_1 * MU_2, within(1e-16)).isCloseTo(0.20259919474573693, within(1e-16));
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.28, 0.055}, within(1e-15));
        assertThat(vector(state, "second moment")).containsExactly(new double[] {0.004996, 0.00124975}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.8419624929870344, 1.0149894276011924}, within(1e-15));

        // t = 3, g = (-1, 3): m = (0.152, 0.3495), v = (0.005991004, 0.01024850025); Π3 = Π2 μ3 = 0.09121428742
        // gradient coefficient 0.1 (1 - μ3) / (1 - Π3) = 0.1 * 0.54977961521 / 0.90878571258 = 0.06049606718
        // momentum coefficient 0.1 μ4 / (1 - Π3 μ4) = 0.1 * 0.45029382239 / 0.95892675566 = 0.04695810322
        // √v̂ = √(v / 0.002997001) = (1.41385984690, 1.84921204715)
        // x = (0.84196249299 + 0.04278788091 - 0.00504833039, 1.01498942760 - 0.09814353137 - 0.00887505411) = (0.87970204350, 0.90797084212)
        step(nadam, state, x, 0.1, -1, 3);
        assertThat(state.snapshot().number("mu_product")).isCloseTo(0.0912142874159059, within(1e-16));
        assertThat(x).containsExactly(new double[] {0.8797020435025843, 0.9079708421166721}, within(1e-15));
    }

    @Test
    void withoutMomentumDecayEveryMuIsHalfOfBeta1() {
        Nadam nadam = nadam(Map.of("momentum_decay", "0"));
        VectorState state = nadam.init(1);
        double[] x = {0};

        step(nadam, state, x, 0.1, 2);
        step(nadam, state, x, 0.1, 2);

        // ψ = 0: 0.96^0 = 1, so μ_t = 0.9 * ½ = 0.45 for every t and Π2 = 0.45² = 0.2025
        assertThat(state.snapshot().number("mu_product")).isCloseTo(0.2025, within(1e-16));
        // step 1: 0.1 g/d + 0.1 * 0.45 / (1 - 0.2025) * 0.1 g/d = (0.1 + 0.0056426332) * 2 / (2 + 1e-8)
        // step 2: m = 0.38, v = 0.007996, √v̂ = √(0.007996 / 0.001999) = 2; gradient coefficient 0.1 * 0.55 / 0.7975 = 0.0689655172,
        //         momentum coefficient 0.1 * 0.45 / (1 - 0.2025 * 0.45) = 0.045 / 0.908875 = 0.0495117590;
        //         step = (0.0689655172 * 2 + 0.0495117590 * 0.38) / (2 + 1e-8) = 0.0783727515 (less 5e-9 relative)
        // x = -(0.1056426332 + 0.0783727515) = -0.1840153838 (less 5e-9 relative)
        assertThat(x[0]).isCloseTo(-0.18401538376826937, within(1e-15));
    }

    @Test
    void epsIsAddedAfterBiasCorrectingTheRootOfV() {
        Nadam nadam = nadam(Map.of("eps", "1"));
        VectorState state = nadam.init(1);
        double[] x = {0};

        step(nadam, state, x, 0.1, 2);

        // d = √(v / 0.001) + eps = 2 + 1 = 3; x = -(0.1 * 2 / 3 + 0.05645177836 * 0.2 / 3) = -(0.06666666667 + 0.00376345189) = -0.07043011856.
        // Inside the root, d = √(4 + 1) = 2.236 and x = -0.0945; added to √v before correcting, d = (√0.004 + 1) / √0.001 = 33.6 and x = -0.0063
        assertThat(x[0]).isCloseTo(-0.07043011855702588, within(1e-16));
    }

    @Test
    void weightDecayIsCoupledIntoTheGradientWithoutChangingIt() {
        Nadam nadam = nadam(Map.of("weight_decay", "0.5", "eps", "1e-300"));
        VectorState state = nadam.init(1);
        double[] x = {4};
        double[] gradient = {-1};

        nadam.update(state, x, gradient, StepContext.of(0.1, 0));

        // g = -1 + 0.5 * 4 = 1 > 0: the first step is (0.1 + 0.1 * 0.05645177836) sign(g) = 0.10564517784 downwards, against the raw gradient
        assertThat(x[0]).isCloseTo(3.8943548221644613, within(1e-15));
        assertThat(vector(state, "first moment")[0]).isCloseTo(0.1, within(1e-16));
        assertThat(gradient).containsExactly(-1);
    }

    @Test
    void theLearningRateComesFromTheContextNotTheConfiguration() {
        Nadam nadam = nadam(Map.of("lr", "0.5"));
        VectorState state = nadam.init(1);
        double[] x = {3};

        step(nadam, state, x, 0, 7);

        assertThat(x).containsExactly(3);
        assertThat(state.steps()).isEqualTo(1);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 2e-3), Map.entry("beta1", 0.9),
                Map.entry("beta2", 0.999), Map.entry("eps", 1e-8), Map.entry("weight_decay", 0.0), Map.entry("momentum_decay", 4e-3));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("nadam",
                Map.of("lr", "-1", "beta1", "1", "beta2", "-0.1", "eps", "0", "weight_decay", "-0.01", "momentum_decay", "-4e-3")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter)
                .containsExactly("lr", "beta1", "beta2", "eps", "weight_decay", "momentum_decay");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "1", "-0.1", "0", "-0.01", "-4e-3");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1)", "[0, 1)", "> 0", ">= 0", ">= 0");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("nadam");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Nadam nadam = nadam(Map.of("weight_decay", "0.01"));
        VectorState state = nadam.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 7; k++) {
            step(nadam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
        }
        StateSnapshot saved = state.snapshot();
        VectorState restored = nadam.restore(saved);
        double[] y = x.clone();
        for (int k = 0; k < 7; k++) {
            step(nadam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
            step(nadam, restored, y, 0.01, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(saved.arrayNames()).containsExactly("exp_avg", "exp_avg_sq");
        assertThat(saved.numberNames()).containsExactly("mu_product");
        assertThat(restored.steps()).isEqualTo(14);
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void refusesToRestoreAStateWithoutItsMuProduct() {
        Nadam nadam = nadam(Map.of());
        StateSnapshot adamLike = StateSnapshot.builder(2, 3).array("exp_avg", new double[2]).array("exp_avg_sq", new double[2]).build();

        assertThatThrownBy(() -> nadam.restore(adamLike)).isInstanceOf(InvalidStateException.class).hasMessageContaining("mu_product");
    }
}
