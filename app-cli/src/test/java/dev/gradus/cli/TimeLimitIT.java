package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.cli.CliHarness.Outcome;
import org.junit.jupiter.api.Test;

/** {@code --time-limit} on run and compare. */
class TimeLimitIT {

    @Test
    void aRunPastItsTimeLimitStopsThereAndSaysSo() {
        long began = System.nanoTime();
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--dim", "200", "--optimizer", "sgd", "--steps", "1e9", "--tolerance", "0",
                "--time-limit", "300ms", "--format", "table");
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("gradus: the run stopped at its time limit: reached the time limit of 300 ms after ");
        assertThat(run.out()).contains("time limit reached");
        assertThat(tookMillis).isLessThan(5_000);
    }

    @Test
    void everyRunOfAStudyHasItsOwnLimitAndRunsPastItAreCounted() {
        Outcome compare = CliHarness.run("compare", "--objective", "sphere", "--steps", "1e9", "--tolerance", "0", "--time-limit", "0.2s",
                "--optimizer", "sgd", "--optimizer", "adam", "--threads", "2");
        Outcome bad = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--time-limit", "soon");

        assertThat(compare.code()).as(compare.err()).isZero();
        assertThat(compare.outLines().get(1)).startsWith("sgd ").contains("0 (+1 failed)");
        assertThat(compare.out()).contains("sgd, start 1, seed 0: reached the time limit of 200 ms after ");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'soon' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h");
    }
}
