package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.CheckGradientUseCase;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.GradientCheckCommand;
import dev.gradus.app.port.in.GradientReport;
import dev.gradus.app.port.in.GradientReport.Estimate;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.testing.FakeProviders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckGradientServiceTest {
    private final CheckGradientUseCase check = GradusApplication.over(FakeProviders.standard()).checkGradient();

    private static GradientCheckCommand at(String objective, double[] point, ComponentChoice... estimators) {
        return new GradientCheckCommand(ComponentChoice.of(objective), null, point, List.of(estimators), 0);
    }

    @Test
    void everyApplicableEstimatorIsComparedWithTheExactGradientWhichComesFirst() {
        // quadratic f = x^2 + 2 y^2 at (1, 2): f = 9, gradient (2, 8); central with h = 1e-5 is exact for a quadratic up to rounding
        GradientReport report = check.check(at("quadratic", new double[] {1, 2}));

        assertThat(report.value()).isEqualTo(9.0);
        assertThat(report.exactGradient()).hasValueSatisfying(e -> assertThat(e.gradient()).containsExactly(2, 8));
        assertThat(report.estimates()).extracting(e -> e.estimator().id()).containsExactly("analytic", "central");
        Estimate analytic = report.estimates().get(0);
        Estimate central = report.estimates().get(1);
        assertThat(analytic.absoluteError()).isZero();
        assertThat(analytic.relativeError()).isZero();
        assertThat(analytic.functionEvaluations()).isEqualTo(1);
        assertThat(analytic.gradientEvaluations()).isEqualTo(1);
        assertThat(central.functionEvaluations()).isEqualTo(5);
        assertThat(central.gradientEvaluations()).isZero();
        assertThat(central.gradient()).containsExactly(new double[] {2, 8}, within(1e-9));
        assertThat(central.relativeError()).isCloseTo(central.absoluteError() / Math.sqrt(68), within(1e-20)).isLessThan(1e-9);
        assertThat(report.point()).containsExactly(1, 2);
    }

    @Test
    void namedEstimatorsKeepTheirOrderAndParameters() {
        // with h = 0.5 central differences of the quadratic are still exact: (x+h)^2 - (x-h)^2 = 4xh
        GradientReport report = check.check(at("quadratic", new double[] {1, 2}, ComponentChoice.of("central", Map.of("h", 0.5))));

        assertThat(report.estimates()).singleElement().satisfies(e -> {
            assertThat(e.estimator().id()).isEqualTo("central");
            assertThat(e.parameters().real("h")).isEqualTo(0.5);
            assertThat(e.gradient()).containsExactly(2, 8);
        });
        assertThat(report.exactGradient()).isPresent();
    }

    @Test
    void withoutAnExactGradientErrorsAreNotANumberAndTheStartIsTheSuggestedOne() {
        GradientReport report = check.check(new GradientCheckCommand(ComponentChoice.of("abs-sum"), 2, null, List.of(), 0));

        assertThat(report.exactGradient()).isEmpty();
        assertThat(report.point()).containsExactly(3, 3);
        assertThat(report.value()).isEqualTo(6.0);
        assertThat(report.estimates()).singleElement().satisfies(e -> {
            assertThat(e.estimator().id()).isEqualTo("central");
            assertThat(e.gradient()).containsExactly(new double[] {1, 1}, within(1e-9));
            assertThat(e.absoluteError()).isNaN();
            assertThat(e.relativeError()).isNaN();
        });
    }

    @Test
    void atAZeroExactGradientOnlyTheAbsoluteErrorIsANumber() {
        GradientReport report = check.check(at("quadratic", new double[] {0, 0}, ComponentChoice.of("central")));

        assertThat(report.estimates().get(0).absoluteError()).isZero();
        assertThat(report.estimates().get(0).relativeError()).isNaN();
    }

    @Test
    void refusesEstimatorsThatDoNotApplyAndBadValuesAllAtOnce() {
        InvalidInputException notApplicable = catchThrowableOfType(InvalidInputException.class,
                () -> check.check(new GradientCheckCommand(ComponentChoice.of("abs-sum"), 2, null, List.of(ComponentChoice.of("analytic")), 0)));
        InvalidParametersException badValues = catchThrowableOfType(InvalidParametersException.class, () -> check.check(new GradientCheckCommand(
                ComponentChoice.of("quadratic", Map.of("scale", -1)), null, null, List.of(ComponentChoice.of("central", Map.of("h", 0))), 0)));

        assertThat(notApplicable.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("gradient 'analytic' does not apply to objective 'abs-sum': it has no exact gradient; use one of central"));
        assertThat(badValues.violations()).extracting(v -> v.owner() + "." + v.parameter()).containsExactly("quadratic.scale", "central.h");
    }

    @Test
    void theCommandRefusesAPointThatIsNotFiniteOrAnEstimatorNamedTwice() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new GradientCheckCommand(ComponentChoice.of("quadratic"), 3,
                new double[] {1, Double.NaN}, List.of(ComponentChoice.of("central"), ComponentChoice.of("central")), 0));

        assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("at", "at", "gradient");
    }
}
