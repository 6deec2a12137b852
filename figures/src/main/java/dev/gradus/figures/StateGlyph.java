package dev.gradus.figures;

import dev.gradus.api.optimizer.StateVectorKind;
import java.util.Objects;

/**
 * One of an optimizer's named state vectors as drawn at a run's current point. A
 * {@linkplain #direction direction} (velocity, first moment, momentum buffer: components of either
 * sign, in the gradient's units) is a dotted arrow in data units, as the gradient arrow is. A
 * {@linkplain #scale scale} (accumulator, second moment, step size: never negative, a per-coordinate
 * size rather than a direction) is drawn centred on the point: an axis-aligned ellipse in 2-D, a bar
 * in 1-D, whose half-width along coordinate {@code i} is {@code sqrt(v[i] / largest)} times a fixed
 * screen length, so its shape shows how the scale differs between coordinates and its size how it
 * grows or decays against the run's {@code largest} component. A {@linkplain #point point} (an
 * averaged iterate) is a hollow diamond where it is.
 *
 * @param name    the label drawn beside it
 * @param kind    what the vector is, as its optimizer declares
 * @param vector  the components (as many as the figure's dimension); copied
 * @param largest for a scale, the largest component the run reaches ({@code > 0}); NaN otherwise
 */
public record StateGlyph(String name, StateVectorKind kind, double[] vector, double largest) {

    public StateGlyph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        vector = vector.clone();
        if (kind == StateVectorKind.SCALE ? !(largest > 0) : !Double.isNaN(largest)) {
            throw new IllegalArgumentException("a scale glyph, and only a scale glyph, has a largest component > 0; " + name + " is a " + kind
                    + " with " + largest);
        }
    }

    /** A state vector with a direction, drawn as an arrow. */
    public static StateGlyph direction(String name, double[] vector) {
        return new StateGlyph(name, StateVectorKind.DIRECTION, vector, Double.NaN);
    }

    /** A non-negative per-coordinate scale, drawn as an ellipse (2-D) or bar (1-D) sized against {@code largest} ({@code > 0}). */
    public static StateGlyph scale(String name, double[] vector, double largest) {
        return new StateGlyph(name, StateVectorKind.SCALE, vector, largest);
    }

    /** A point in parameter space, drawn where it is. */
    public static StateGlyph point(String name, double[] vector) {
        return new StateGlyph(name, StateVectorKind.POINT, vector, Double.NaN);
    }

    /** Whether this is a scale. */
    public boolean isScale() {
        return kind == StateVectorKind.SCALE;
    }

    @Override
    public double[] vector() {
        return vector.clone();
    }

    /** Component {@code i}. */
    public double component(int i) {
        return vector[i];
    }

    /** The number of components. */
    public int dimension() {
        return vector.length;
    }

    /**
     * The glyph's half-width along coordinate {@code i} as a fraction of the full glyph size: {@code
     * sqrt(v[i] / largest)}, clamped to {@code [0, 1]}; 0 for a NaN component.
     */
    public double relativeHalfWidth(int i) {
        double r = Math.sqrt(vector[i] / largest);
        return Double.isNaN(r) ? 0 : Math.min(1, Math.max(0, r));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateGlyph g && g.name.equals(name) && g.kind == kind && java.util.Arrays.equals(g.vector, vector)
                && Double.compare(g.largest, largest) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, java.util.Arrays.hashCode(vector), largest);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name + java.util.Arrays.toString(vector);
    }
}
