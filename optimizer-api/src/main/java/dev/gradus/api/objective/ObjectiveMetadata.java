package dev.gradus.api.objective;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What is known about an objective at one dimension: how to name and draw it, where to start,
 * and where its global minima are. Immutable; made with {@link #builder(int)}.
 */
public final class ObjectiveMetadata {
    private final int dimension;
    private final String formula;
    private final List<String> coordinateNames;
    private final double[] suggestedStart;
    private final Box plotWindow;
    private final Box domain;
    private final List<KnownMinimum> globalMinima;
    private final List<KnownMinimum> localMinima;
    private final boolean boundedBelow;
    private final boolean logScaledContours;
    private final boolean smooth;

    private ObjectiveMetadata(Builder b) {
        this.dimension = b.dimension;
        this.formula = b.formula;
        this.coordinateNames = b.coordinateNames != null ? b.coordinateNames : defaultCoordinateNames(b.dimension);
        this.suggestedStart = Objects.requireNonNull(b.suggestedStart, "suggestedStart is required").clone();
        this.plotWindow = Objects.requireNonNull(b.plotWindow, "plotWindow is required");
        this.domain = b.domain != null ? b.domain : b.plotWindow;
        this.globalMinima = List.copyOf(b.globalMinima);
        this.localMinima = List.copyOf(b.localMinima);
        this.boundedBelow = b.boundedBelow;
        this.logScaledContours = b.logScaledContours;
        this.smooth = b.smooth;
        check();
    }

    private void check() {
        if (coordinateNames.size() != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " coordinate names, got " + coordinateNames);
        }
        // the default names are distinct and well-formed by construction: not checked one by one, so that
        // metadata of 10^7 coordinates costs no 10^7 strings
        if (!(coordinateNames instanceof IndexedNames)
                && (new HashSet<>(coordinateNames).size() != dimension || coordinateNames.stream().anyMatch(n -> n.isBlank() || n.contains(",")))) {
            throw new IllegalArgumentException("coordinate names must be distinct, non-blank and free of commas: " + coordinateNames);
        }
        if (suggestedStart.length != dimension) {
            throw new IllegalArgumentException("suggested start has " + suggestedStart.length + " coordinates, expected " + dimension);
        }
        for (double v : suggestedStart) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("suggested start must be finite");
            }
        }
        if (plotWindow.dimension() != dimension || domain.dimension() != dimension) {
            throw new IllegalArgumentException("plot window and domain must have dimension " + dimension);
        }
        for (List<KnownMinimum> minima : List.of(globalMinima, localMinima)) {
            for (KnownMinimum m : minima) {
                if (m.dimension() != dimension) {
                    throw new IllegalArgumentException("minimum " + m + " does not have dimension " + dimension);
                }
            }
        }
        if (!boundedBelow && !globalMinima.isEmpty()) {
            throw new IllegalArgumentException("an objective unbounded below has no global minimum, yet lists " + globalMinima);
        }
        for (KnownMinimum local : localMinima) {
            for (KnownMinimum global : globalMinima) {
                if (!(local.value() > global.value())) {
                    throw new IllegalArgumentException("local minimum " + local + " is not above the global minimum " + global);
                }
            }
        }
    }

    /** Starts metadata for an objective of {@code dimension} coordinates. */
    public static Builder builder(int dimension) {
        return new Builder(dimension);
    }

    /**
     * {@code x} for 1-D, {@code x, y} for 2-D, {@code x, y, z} for 3-D, else {@code x1 .. xn}.
     * Beyond three dimensions the list is unmodifiable and makes each name when asked for it, so
     * that it costs nothing to hold at any dimension.
     */
    public static List<String> defaultCoordinateNames(int dimension) {
        if (dimension == 1) {
            return List.of("x");
        }
        if (dimension == 2) {
            return List.of("x", "y");
        }
        if (dimension == 3) {
            return List.of("x", "y", "z");
        }
        return new IndexedNames(dimension);
    }

    /** {@code x1 .. xn}, each made on demand. */
    private static final class IndexedNames extends AbstractList<String> implements RandomAccess {
        private final int size;

        IndexedNames(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("dimension must be at least 1, not " + size);
            }
            this.size = size;
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, size);
            return "x" + (index + 1);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int indexOf(Object o) {
            if (o instanceof String name && name.length() > 1 && name.charAt(0) == 'x' && name.charAt(1) != '0') {
                try {
                    int i = Integer.parseInt(name.substring(1));
                    return i >= 1 && i <= size && name.equals("x" + i) ? i - 1 : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            return indexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }
    }

    public int dimension() {
        return dimension;
    }

    /** The formula in plain text ({@code x^2/20 + y^2}); empty when there is no short one. */
    public String formula() {
        return formula;
    }

    /** One name per coordinate, distinct; the CSV column names. */
    public List<String> coordinateNames() {
        return coordinateNames;
    }

    /** A copy of the suggested start, used when the user gives none. */
    public double[] suggestedStart() {
        return suggestedStart.clone();
    }

    /** The window in which to plot it: where the interesting part is. */
    public Box plotWindow() {
        return plotWindow;
    }

    /** The usual search domain from the literature; the plot window when none is set. */
    public Box domain() {
        return domain;
    }

    /** The known global minima; empty when unknown or when the function is {@linkplain #boundedBelow() unbounded below}. */
    public List<KnownMinimum> globalMinima() {
        return globalMinima;
    }

    /**
     * Known local minima that are not global, each strictly above the global minimum (the traps a
     * run can fall into); empty when none are listed.
     */
    public List<KnownMinimum> localMinima() {
        return localMinima;
    }

    /**
     * False when the function is known to fall without bound over {@code R^n} (not only over its
     * domain box, on which any continuous function is bounded): a saddle ({@code x^2 - y^2}). It
     * then lists no global minimum, and a descent on it is expected to run away. True otherwise,
     * including when nothing is known (a formula).
     */
    public boolean boundedBelow() {
        return boundedBelow;
    }

    /** Whether contour levels are best spaced logarithmically (deep narrow valleys). */
    public boolean logScaledContours() {
        return logScaledContours;
    }

    /** Whether the function is differentiable everywhere in its domain. */
    public boolean smooth() {
        return smooth;
    }

    /** Builds {@link ObjectiveMetadata}; {@link #suggestedStart} and {@link #plotWindow} are required. */
    public static final class Builder {
        private final int dimension;
        private String formula = "";
        private List<String> coordinateNames;
        private double[] suggestedStart;
        private Box plotWindow;
        private Box domain;
        private final List<KnownMinimum> globalMinima = new ArrayList<>();
        private final List<KnownMinimum> localMinima = new ArrayList<>();
        private boolean boundedBelow = true;
        private boolean logScaledContours;
        private boolean smooth = true;

        private Builder(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
            }
            this.dimension = dimension;
        }

        public Builder formula(String formula) {
            this.formula = Objects.requireNonNull(formula, "formula");
            return this;
        }

        /** Coordinate names; default {@link ObjectiveMetadata#defaultCoordinateNames(int)}. */
        public Builder coordinateNames(List<String> names) {
            this.coordinateNames = names instanceof IndexedNames ? names : List.copyOf(names);
            return this;
        }

        public Builder suggestedStart(double... start) {
            this.suggestedStart = start.clone();
            return this;
        }

        public Builder plotWindow(Box window) {
            this.plotWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /** The usual search domain; default: the plot window. */
        public Builder domain(Box domain) {
            this.domain = Objects.requireNonNull(domain, "domain");
            return this;
        }

        /**
         * Adds a known global minimum.
         *
         * @param point the minimizer (copied)
         * @param value the objective's value there
         */
        public Builder globalMinimum(double[] point, double value) {
            this.globalMinima.add(KnownMinimum.at(point, value));
            return this;
        }

        /**
         * Adds a known local minimum that is not global.
         *
         * @param point the minimizer (copied)
         * @param value the objective's value there, above every global minimum's
         */
        public Builder localMinimum(double[] point, double value) {
            this.localMinima.add(KnownMinimum.at(point, value));
            return this;
        }

        /** Marks the function as falling without bound (a saddle); it then lists no global minimum. */
        public Builder unboundedBelow() {
            this.boundedBelow = false;
            return this;
        }

        public Builder logScaledContours(boolean logScaled) {
            this.logScaledContours = logScaled;
            return this;
        }

        /** Whether it is differentiable everywhere; default true. */
        public Builder smooth(boolean smooth) {
            this.smooth = smooth;
            return this;
        }

        /**
         * The metadata.
         *
         * @throws IllegalArgumentException when a field does not fit the dimension
         * @throws NullPointerException     when the start or plot window is missing
         */
        public ObjectiveMetadata build() {
            return new ObjectiveMetadata(this);
        }
    }
}
