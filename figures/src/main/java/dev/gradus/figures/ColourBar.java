package dev.gradus.figures;

import java.awt.Color;
import java.awt.Paint;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * The colour bar beside a landscape, built from the same {@link ContourLevels} as the image so the
 * two cannot disagree.
 *
 * <p>{@link PaintScaleLegend} steps through its axis linearly. For linear levels the axis is the
 * value itself. For logarithmic levels it runs in decades of the height above the minimum,
 * {@code [-decades, 0]}, one tick per decade labelled with the value there, so the strip stays
 * evenly coloured and its labels still read as values of the function.
 */
final class ColourBar {

    private ColourBar() {
    }

    static PaintScaleLegend of(ContourLevels levels, String label) {
        NumberAxis axis = new NumberAxis(label);
        PaintScale scale;
        if (levels.spacing() == ContourLevels.Spacing.LOGARITHMIC && levels.upper() > levels.lower()) {
            double decades = levels.decades();
            axis.setRange(-decades, 0);
            axis.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil(decades / 8)), new HeightFormat(levels)));
            scale = new Scale(-decades, 0) {
                @Override
                double fraction(double u) {
                    return 1 + u / decades;
                }
            };
        } else {
            Range range = levels.upper() > levels.lower()
                    ? new Range(levels.lower(), levels.upper())
                    : new Range(levels.lower() - 0.5, levels.upper() + 0.5);
            axis.setRange(range);
            scale = new Scale(range.getLowerBound(), range.getUpperBound()) {
                @Override
                double fraction(double f) {
                    return levels.fraction(f);
                }
            };
        }
        axis.setTickMarkPaint(Color.DARK_GRAY);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setSubdivisionCount(256);
        legend.setStripWidth(14);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(8, 8, 8, 8));
        legend.setBackgroundPaint(null);
        return legend;
    }

    /** The value range a bar shows: for logarithmic levels its bottom is the lowest reach, not the minimum. */
    static Range valueRange(PaintScaleLegend legend, ContourLevels levels) {
        if (levels.spacing() == ContourLevels.Spacing.LOGARITHMIC && levels.upper() > levels.lower()) {
            return new Range(levels.valueAt(0), levels.upper());
        }
        return legend.getAxis().getRange();
    }

    private abstract static class Scale implements PaintScale {
        private final double lower;
        private final double upper;

        Scale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        abstract double fraction(double axisValue);

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            return Palette.viridis(fraction(value));
        }
    }

    /** Labels a decade of height above the minimum with the function value there. */
    private static final class HeightFormat extends NumberFormat {
        private final transient ContourLevels levels;

        HeightFormat(ContourLevels levels) {
            this.levels = levels;
        }

        @Override
        public StringBuffer format(double u, StringBuffer to, FieldPosition pos) {
            double f = levels.valueAt(1 + u / levels.decades());
            return to.append(String.format(Locale.ROOT, "%.3g", f));
        }

        @Override
        public StringBuffer format(long u, StringBuffer to, FieldPosition pos) {
            return format((double) u, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("colour bar labels are for reading only");
        }
    }
}
