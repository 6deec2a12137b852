package dev.gradus.figures;

/**
 * The grid of cells over which a classifier's decision regions are drawn: a rectangle of the
 * feature plane, {@code [xMin, xMax] x [yMin, yMax]}, cut into {@code columns} by {@code rows}
 * equal cells. Column 0 is at the left ({@code xMin}), row 0 at the bottom ({@code yMin}); the
 * classifier is asked about each cell's centre.
 *
 * <p>Cells are numbered row by row from the bottom, {@code cell = row * columns + column}, which is
 * also the order of {@link #centres()} and of the probabilities a {@link RegionsFigure} takes.
 *
 * @param xMin    left edge of the grid, finite
 * @param xMax    right edge, finite and above {@code xMin}
 * @param yMin    bottom edge, finite
 * @param yMax    top edge, finite and above {@code yMin}
 * @param columns cells across, at least 1
 * @param rows    cells up, at least 1
 */
public record RegionGrid(double xMin, double xMax, double yMin, double yMax, int columns, int rows) {

    /**
     * @throws IllegalArgumentException when an edge is not finite, a side is empty, or there are
     *                                  fewer than one column or row, or more cells than an array holds
     */
    public RegionGrid {
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !(xMin < xMax)) {
            throw new IllegalArgumentException("a grid needs finite xMin < xMax, was [" + xMin + ", " + xMax + "]");
        }
        if (!Double.isFinite(yMin) || !Double.isFinite(yMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("a grid needs finite yMin < yMax, was [" + yMin + ", " + yMax + "]");
        }
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a grid needs at least 1 column and 1 row, was " + columns + " x " + rows);
        }
        if ((long) columns * rows * 2 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a grid of " + columns + " x " + rows + " cells is too large for an array of centres");
        }
    }

    /** How many cells: {@code columns * rows}. */
    public int cells() {
        return columns * rows;
    }

    /** The width of a cell. */
    public double cellWidth() {
        return (xMax - xMin) / columns;
    }

    /** The height of a cell. */
    public double cellHeight() {
        return (yMax - yMin) / rows;
    }

    /** The first coordinate of the centres of column {@code column}: {@code xMin + (column + 0.5) * cellWidth()}. */
    public double centreX(int column) {
        return xMin + (column + 0.5) * (xMax - xMin) / columns;
    }

    /** The second coordinate of the centres of row {@code row}: {@code yMin + (row + 0.5) * cellHeight()}. */
    public double centreY(int row) {
        return yMin + (row + 0.5) * (yMax - yMin) / rows;
    }

    /**
     * Every cell's centre as one flat array, {@code 2 * cells()} long: cell {@code row * columns +
     * column} at indices {@code 2 * cell} (first coordinate) and {@code 2 * cell + 1} (second), ready
     * to be fed to a classifier in one batch.
     */
    public double[] centres() {
        double[] centres = new double[2 * cells()];
        for (int r = 0; r < rows; r++) {
            double y = centreY(r);
            for (int c = 0; c < columns; c++) {
                int cell = r * columns + c;
                centres[2 * cell] = centreX(c);
                centres[2 * cell + 1] = y;
            }
        }
        return centres;
    }
}
