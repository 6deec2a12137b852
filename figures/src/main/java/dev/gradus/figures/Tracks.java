package dev.gradus.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * Named series of points kept in growable primitive arrays: the dataset behind every figure here.
 * Replacing or extending a series copies into arrays it already owns, growing them geometrically,
 * so an animation that moves a path every frame allocates nothing per frame once the arrays are
 * large enough. Each change fires one dataset event, which is what makes the chart repaint.
 */
final class Tracks extends AbstractXYDataset {

    private static final int INITIAL_CAPACITY = 16;

    private static final class Track {
        String name;
        double[] xs = new double[INITIAL_CAPACITY];
        double[] ys = new double[INITIAL_CAPACITY];
        int count;

        Track(String name) {
            this.name = name;
        }

        void ensure(int capacity) {
            if (capacity > xs.length) {
                int grown = Math.max(capacity, xs.length * 2);
                xs = Arrays.copyOf(xs, grown);
                ys = Arrays.copyOf(ys, grown);
            }
        }
    }

    private final List<Track> tracks = new ArrayList<>();

    /** Adds an empty series and returns its index. */
    int add(String name) {
        tracks.add(new Track(name));
        fireDatasetChanged();
        return tracks.size() - 1;
    }

    /** Renames series {@code index}; its key in the legend. */
    void rename(int index, String name) {
        track(index).name = name;
        fireDatasetChanged();
    }

    /** Replaces series {@code index} by the first {@code count} points. Not modified. */
    void set(int index, double[] xs, double[] ys, int count) {
        if (count < 0 || count > xs.length || count > ys.length) {
            throw new IllegalArgumentException("count " + count + " does not fit arrays of length " + xs.length + " and " + ys.length);
        }
        Track t = track(index);
        t.ensure(count);
        System.arraycopy(xs, 0, t.xs, 0, count);
        System.arraycopy(ys, 0, t.ys, 0, count);
        t.count = count;
        fireDatasetChanged();
    }

    /** Adds one point at the end of series {@code index}. */
    void append(int index, double x, double y) {
        Track t = track(index);
        t.ensure(t.count + 1);
        t.xs[t.count] = x;
        t.ys[t.count] = y;
        t.count++;
        fireDatasetChanged();
    }

    /** Empties series {@code index}, keeping its arrays. */
    void clear(int index) {
        track(index).count = 0;
        fireDatasetChanged();
    }

    /** The last x of series {@code index}; the series must not be empty. */
    double lastX(int index) {
        Track t = track(index);
        return t.xs[t.count - 1];
    }

    /** The last y of series {@code index}; the series must not be empty. */
    double lastY(int index) {
        Track t = track(index);
        return t.ys[t.count - 1];
    }

    /** Throws unless series {@code index} exists. */
    void requireSeries(int index) {
        track(index);
    }

    private Track track(int index) {
        if (index < 0 || index >= tracks.size()) {
            throw new IndexOutOfBoundsException("no series " + index + "; there are " + tracks.size());
        }
        return tracks.get(index);
    }

    @Override
    public int getSeriesCount() {
        return tracks.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return tracks.get(series).name;
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.NONE;
    }

    @Override
    public int getItemCount(int series) {
        return tracks.get(series).count;
    }

    @Override
    public Number getX(int series, int item) {
        return getXValue(series, item);
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }

    @Override
    public double getXValue(int series, int item) {
        return tracks.get(series).xs[item];
    }

    @Override
    public double getYValue(int series, int item) {
        return tracks.get(series).ys[item];
    }
}
