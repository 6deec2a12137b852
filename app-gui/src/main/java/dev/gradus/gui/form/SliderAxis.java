package dev.gradus.gui.form;

import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.Scale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How slider positions map to the values of a real parameter. Positions run from {@link #first()}
 * to {@link #last()}; an open end of the range is left out, so every position is an allowed value.
 * Values are rounded to what the slider can resolve, so that the text a slider writes is short
 * ({@code 0.001}, not {@code 9.999999999999998E-4}) and reads back to the same position.
 */
sealed interface SliderAxis permits SliderAxis.Logarithmic, SliderAxis.Linear {

    /** The lowest position. */
    int first();

    /** The highest position. */
    int last();

    /** The value at {@code position}, rounded to the slider's resolution; always within the range. */
    double valueAt(int position);

    /** The position nearest to {@code value}; the nearest end for values beyond the axis, and for NaN the first. */
    int positionOf(double value);

    /**
     * The axis for a real parameter, if it gets a slider: a logarithmic one for a log-scale parameter
     * (see {@link Logarithmic#of}), a linear one for a linear-scale parameter whose range is finite at
     * both ends and whose default lies on the linear grid (see {@link Linear#of}), none otherwise.
     */
    static Optional<SliderAxis> of(RealParameter parameter) {
        return parameter.scale() == Scale.LOG ? Logarithmic.of(parameter) : Linear.of(parameter.range(), parameter.defaultValue());
    }

    /**
     * Positions evenly spaced in the logarithm, 100 per decade (at most 2000 in all).
     *
     * @param range     the parameter's range, which every value stays in
     * @param low       the value at position 0
     * @param high      the value at the last position of the grid
     * @param positions the number of steps of the grid
     * @param first     0, or 1 when {@code low} is an open end of the range
     * @param last      {@code positions}, or one less when {@code high} is an open end of the range
     */
    record Logarithmic(Range range, double low, double high, int positions, int first, int last) implements SliderAxis {
        static final int POSITIONS_PER_DECADE = 100;
        static final int MAX_POSITIONS = 2000;
        /** How far below and above a default the span reaches on a side the range leaves open. */
        static final double BELOW_DEFAULT = 1e4;
        static final double ABOVE_DEFAULT = 1e2;
        private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

        /**
         * The span of a log-scale parameter's slider. A positive finite end of the range is an end of
         * the span. A side the range leaves open (below: no positive minimum; above: no finite maximum)
         * is set from the default: {@code default / 1e4} below, {@code default * 1e2} above. Without a
         * positive finite default (a {@code 0} that means "automatic", an {@code inf}) the span is six
         * decades from the range end there is ({@code max / 1e6 .. max}, {@code min .. min * 1e6}), or
         * {@code 1e-6 .. 1} when there is none. A range of one value gets no slider.
         */
        static Optional<SliderAxis> of(RealParameter parameter) {
            Range range = parameter.range();
            double d = parameter.defaultValue();
            boolean anchored = d > 0 && Double.isFinite(d);
            boolean lowFromRange = range.min() > 0 && Double.isFinite(range.min());
            boolean highFromRange = Double.isFinite(range.max());
            double low;
            if (lowFromRange) {
                low = range.min();
            } else if (anchored) {
                low = d / BELOW_DEFAULT;
            } else {
                low = highFromRange && range.max() > 0 ? range.max() / 1e6 : 1e-6;
            }
            double high = highFromRange ? range.max() : anchored ? d * ABOVE_DEFAULT : low * 1e6;
            if (!(low < high)) {
                return Optional.empty();
            }
            double decades = Math.log10(high / low);
            int positions = (int) Math.max(1, Math.min(MAX_POSITIONS, Math.round(decades * POSITIONS_PER_DECADE)));
            int first = lowFromRange && !range.minInclusive() ? 1 : 0;
            int last = highFromRange && !range.maxInclusive() ? positions - 1 : positions;
            if (first >= last) {
                return Optional.empty();
            }
            return Optional.of(new Logarithmic(range, low, high, positions, first, last));
        }

        @Override
        public double valueAt(int position) {
            int p = Math.max(first, Math.min(last, position));
            double raw;
            if (p == 0) {
                raw = low;
            } else if (p == positions) {
                raw = high;
            } else {
                double logLow = Math.log10(low);
                raw = Math.pow(10, logLow + p * (Math.log10(high) - logLow) / positions);
            }
            double rounded = new BigDecimal(raw).round(THREE_DIGITS).doubleValue();
            // a range end with more digits than the slider resolves is given in full
            return range.contains(rounded) ? rounded : raw;
        }

        @Override
        public int positionOf(double value) {
            if (!(value > 0)) {
                return first;
            }
            if (value == Double.POSITIVE_INFINITY) {
                return last;
            }
            double logLow = Math.log10(low);
            long p = Math.round((Math.log10(value) - logLow) / (Math.log10(high) - logLow) * positions);
            return (int) Math.max(first, Math.min(last, p));
        }
    }

    /**
     * Positions evenly spaced over a finite range, 1000 steps.
     *
     * @param range  the parameter's range, finite at both ends
     * @param places decimal places a value is rounded to: those of one step
     * @param first  0, or 1 when the minimum is an open end
     * @param last   1000, or 999 when the maximum is an open end
     */
    record Linear(Range range, int places, int first, int last) implements SliderAxis {
        static final int POSITIONS = 1000;

        /**
         * The linear axis over a finite range, when the default is one of its values. A slider that
         * cannot show the default where it is (a range of {@code [-1e6, 1e6]} in steps of 2000 around a
         * default of {@code -5}) would only invite coarse jumps away from it, so such a parameter keeps
         * its text field alone.
         */
        static Optional<SliderAxis> of(Range range, double defaultValue) {
            double width = range.max() - range.min();
            if (!Double.isFinite(width) || !(width > 0)) {
                return Optional.empty();
            }
            int places = (int) Math.ceil(-Math.log10(width / POSITIONS) - 1e-9);
            Linear axis = new Linear(range, places, range.minInclusive() ? 0 : 1, range.maxInclusive() ? POSITIONS : POSITIONS - 1);
            return axis.valueAt(axis.positionOf(defaultValue)) == defaultValue ? Optional.of(axis) : Optional.empty();
        }

        @Override
        public double valueAt(int position) {
            int p = Math.max(first, Math.min(last, position));
            double raw = p == POSITIONS ? range.max() : range.min() + (range.max() - range.min()) * p / POSITIONS;
            double rounded = new BigDecimal(raw).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
            return range.contains(rounded) ? rounded : raw;
        }

        @Override
        public int positionOf(double value) {
            if (Double.isNaN(value)) {
                return first;
            }
            double p = Math.rint((value - range.min()) / (range.max() - range.min()) * POSITIONS);
            return (int) Math.max(first, Math.min(last, p));
        }
    }
}
