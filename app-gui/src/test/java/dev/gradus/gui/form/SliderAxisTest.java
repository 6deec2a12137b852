package dev.gradus.gui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a parameter's slider starts and ends, and how its positions map to values and back. */
class SliderAxisTest {

    private static SliderAxis.Logarithmic logAxis(double defaultValue, Range range) {
        return (SliderAxis.Logarithmic) SliderAxis.of(RealParameter.logScale("x", "a value", defaultValue, range)).orElseThrow();
    }

    private static SliderAxis linearAxis(double defaultValue, Range range) {
        return SliderAxis.of(RealParameter.of("x", "a value", defaultValue, range)).orElseThrow();
    }

    @Test
    void aLogSliderSpansABoundedRange() {
        SliderAxis.Logarithmic axis = logAxis(1e-3, Range.closed(1e-6, 1));

        assertThat(axis.low()).isEqualTo(1e-6);
        assertThat(axis.high()).isEqualTo(1);
        assertThat(axis.positions()).isEqualTo(600);
        assertThat(axis.valueAt(axis.first())).isEqualTo(1e-6);
        assertThat(axis.valueAt(axis.last())).isEqualTo(1);
    }

    @Test
    void aLogSliderReachesFourDecadesBelowAndTwoAboveTheDefaultWhereTheRangeIsOpen() {
        // lr: [0, inf), default 1e-3
        SliderAxis.Logarithmic axis = logAxis(1e-3, Range.atLeast(0));

        assertThat(axis.low()).isCloseTo(1e-7, within(1e-20));
        assertThat(axis.high()).isCloseTo(1e-1, within(1e-15));
        assertThat(axis.valueAt(axis.first())).isEqualTo(1e-7);
        assertThat(axis.valueAt(axis.last())).isEqualTo(0.1);
        assertThat(axis.positionOf(1e-3)).isEqualTo(400);
        assertThat(axis.valueAt(400)).isEqualTo(1e-3);
    }

    @Test
    void aPositiveMinimumIsTheLowEndAndTheDefaultSetsTheHighEnd() {
        // condition_number: [1, inf), default 100
        SliderAxis.Logarithmic axis = logAxis(100, Range.atLeast(1));

        assertThat(axis.low()).isEqualTo(1);
        assertThat(axis.high()).isEqualTo(1e4);
        assertThat(axis.valueAt(axis.positionOf(100))).isEqualTo(100);
    }

    @Test
    void withoutAPositiveDefaultTheSpanIsSixDecadesFromTheRangeEndOrOneMillionthToOne() {
        // a zero that means "automatic" (a difference step h, a one-cycle max_lr)
        SliderAxis.Logarithmic automatic = logAxis(0, Range.atLeast(0));
        assertThat(automatic.low()).isEqualTo(1e-6);
        assertThat(automatic.high()).isEqualTo(1);
        assertThat(automatic.positionOf(0)).isEqualTo(automatic.first());

        SliderAxis.Logarithmic cappedAbove = logAxis(0, Range.closed(0, 1e-3));
        assertThat(cappedAbove.low()).isCloseTo(1e-9, within(1e-22));
        assertThat(cappedAbove.high()).isEqualTo(1e-3);

        SliderAxis.Logarithmic infinite = logAxis(Double.POSITIVE_INFINITY, new Range(2, true, Double.POSITIVE_INFINITY, true));
        assertThat(infinite.low()).isEqualTo(2);
        assertThat(infinite.high()).isEqualTo(2e6);
        assertThat(infinite.positionOf(Double.POSITIVE_INFINITY)).isEqualTo(infinite.last());
    }

    @Test
    void anOpenEndOfTheRangeIsLeftOffTheSlider() {
        SliderAxis.Logarithmic axis = logAxis(0.1, Range.open(1e-3, 1));

        assertThat(axis.first()).isEqualTo(1);
        assertThat(axis.last()).isEqualTo(axis.positions() - 1);
        assertThat(axis.valueAt(axis.first())).isGreaterThan(1e-3);
        assertThat(axis.valueAt(axis.last())).isLessThan(1);
        assertThat(axis.positionOf(1e-3)).isEqualTo(axis.first());
        assertThat(axis.positionOf(5)).isEqualTo(axis.last());
    }

    @Test
    void aRangeOfOneValueGetsNoSlider() {
        assertThat(SliderAxis.of(RealParameter.logScale("x", "a value", 1e-3, Range.closed(1e-3, 1e-3)))).isEmpty();
        assertThat(SliderAxis.of(RealParameter.of("x", "a value", 2, Range.closed(2, 2)))).isEmpty();
    }

    @Test
    void logPositionsAreEvenlySpacedInTheLogarithmToThreeDigits() {
        SliderAxis.Logarithmic axis = logAxis(1e-3, Range.atLeast(0));

        for (int p = axis.first(); p <= axis.last(); p++) {
            double exact = Math.pow(10, -7 + p / 100.0);
            assertThat(axis.valueAt(p)).as("position %d", p).isCloseTo(exact, within(exact * 5e-3));
        }
        assertThat(axis.valueAt(450)).isEqualTo(0.00316);
    }

    @Test
    void aLinearSliderNeedsAFiniteRangeAndLeavesOutOpenEnds() {
        assertThat(SliderAxis.of(RealParameter.of("x", "a value", 0, Range.all()))).isEmpty();
        assertThat(SliderAxis.of(RealParameter.of("x", "a value", 0, Range.atLeast(0)))).isEmpty();

        SliderAxis beta = linearAxis(0.9, Range.closedOpen(0, 1));
        assertThat(beta.first()).isZero();
        assertThat(beta.last()).isEqualTo(999);
        assertThat(beta.positionOf(0.9)).isEqualTo(900);
        assertThat(beta.valueAt(900)).isEqualTo(0.9);
        assertThat(beta.valueAt(999)).isEqualTo(0.999);
        assertThat(linearAxis(0.5, Range.open(0, 1)).first()).isEqualTo(1);
    }

    @Test
    void aLinearSliderThatCannotHoldTheDefaultIsLeftOut() {
        // steps of 2000 would put a default of -5 at 0
        assertThat(SliderAxis.of(RealParameter.of("x_min", "smallest x", -5, Range.closed(-1e6, 1e6)))).isEmpty();
        assertThat(SliderAxis.of(RealParameter.of("x_min", "smallest x", -5, Range.closed(-10, 10)))).isPresent();
    }

    @Test
    void everyPositionReadsBackToItselfAndValuesRiseWithPositions() {
        List<SliderAxis> axes = List.of(logAxis(1e-3, Range.atLeast(0)), logAxis(100, Range.atLeast(1)), logAxis(0, Range.atLeast(0)),
                logAxis(0.1, Range.open(1e-3, 1)), logAxis(0.12345, Range.closed(0.12345, 0.98765)), linearAxis(0.9, Range.closedOpen(0, 1)),
                linearAxis(0, Range.closed(-5, 5)), linearAxis(0.6, Range.closed(0.5, 0.7)), linearAxis(1e5, Range.closed(0, 1e6)));

        for (SliderAxis axis : axes) {
            double previous = Double.NEGATIVE_INFINITY;
            for (int p = axis.first(); p <= axis.last(); p++) {
                double value = axis.valueAt(p);
                assertThat(axis.positionOf(value)).as("%s at %d", axis, p).isEqualTo(p);
                assertThat(value).as("%s at %d", axis, p).isGreaterThan(previous);
                previous = value;
            }
        }
    }

    @Test
    void rangeEndsWithMoreDigitsThanTheSliderResolvesAreGivenInFull() {
        SliderAxis.Logarithmic axis = logAxis(0.5, Range.closed(0.12345, 0.98765));

        assertThat(axis.valueAt(axis.first())).isEqualTo(0.12345);
        assertThat(axis.valueAt(axis.last())).isEqualTo(0.98765);
    }
}
