package dev.gradus.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.port.out.StepView;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long[] clock = {0};
    private final ProgressDisplay display = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> clock[0]);

    private static StepView step(long k) {
        return new StepView() {
            @Override
            public long step() {
                return k;
            }

            @Override
            public double loss() {
                return 0.5;
            }

            @Override
            public double gradientNorm() {
                return 0.25;
            }

            @Override
            public double[] point() {
                return new double[0];
            }

            @Override
            public double[] gradient() {
                return new double[0];
            }
        };
    }

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void startWithBudget(long budget) {
        display.started(SetupFixture.withSteps(budget));
    }

    @Test
    void staysSilentForShortRuns() {
        startWithBudget(10_000);
        clock[0] = 400_000_000L;
        display.step(step(2048));

        assertThat(shown()).isEmpty();
    }

    @Test
    void showsStepBudgetLossAndTimeOnceARunTakesLonger() {
        startWithBudget(1_000_000);
        clock[0] = 1_500_000_000L;
        display.step(step(250_880));

        assertThat(shown()).contains("step 250,880 / 1,000,000 (25%)").contains("loss 0.5").contains("|grad| 0.25").contains("1.5 s");
    }

    @Test
    void redrawsAtMostFiveTimesASecondAndOnlyEvery1024Steps() {
        startWithBudget(1_000_000);
        clock[0] = 1_000_000_000L;
        display.step(step(1024));
        int first = shown().length();
        clock[0] += 100_000_000L;
        display.step(step(2048));
        clock[0] += 200_000_000L;
        display.step(step(2049));

        assertThat(shown().length()).isEqualTo(first);
        display.step(step(3072));
        assertThat(shown().length()).isGreaterThan(first);
    }
}
