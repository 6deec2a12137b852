package dev.gradus.gui.lab;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.geom.Rectangle2D;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;

/**
 * Holds a landscape's chart panel sized so that its data area has the plot window's aspect ratio:
 * one unit of x is as long on screen as one unit of y, and circles look round. The room left over
 * goes to the margins. The space the chart takes around its data area (axes, colour bar, legend)
 * is measured from the last paint; a window more than {@value #MAX_RATIO} times wider than high, or
 * higher than wide, fills the room instead, as it would be a sliver at one scale.
 */
final class AspectPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The most elongated window drawn at one scale. */
    static final double MAX_RATIO = 4;

    private final ChartPanel chart;
    private final double ratio;
    /** Width and height the chart takes around its data area; a guess until it has painted. */
    private double aroundWidth = 130;
    private double aroundHeight = 90;

    /**
     * @param chart the chart panel
     * @param ratio the plot window's width over its height, in data units
     */
    AspectPanel(ChartPanel chart, double ratio) {
        super(null);
        this.chart = chart;
        this.ratio = ratio;
        add(chart);
    }

    /** Whether the chart is kept at one scale (the window is not too elongated). */
    boolean keepsAspect() {
        return Double.isFinite(ratio) && ratio > 0 && ratio <= MAX_RATIO && ratio >= 1 / MAX_RATIO;
    }

    @Override
    public void doLayout() {
        Insets in = getInsets();
        int width = getWidth() - in.left - in.right;
        int height = getHeight() - in.top - in.bottom;
        if (!keepsAspect()) {
            chart.setBounds(in.left, in.top, width, height);
            return;
        }
        Rectangle2D area = chart.getScreenDataArea();
        if (area.getWidth() > 10 && area.getHeight() > 10 && chart.getWidth() > 0) {
            aroundWidth = chart.getWidth() - area.getWidth();
            aroundHeight = chart.getHeight() - area.getHeight();
        }
        double dataWidth = Math.max(10, width - aroundWidth);
        double dataHeight = Math.max(10, height - aroundHeight);
        if (dataWidth / dataHeight > ratio) {
            dataWidth = dataHeight * ratio;
        } else {
            dataHeight = dataWidth / ratio;
        }
        int w = (int) Math.min(width, Math.round(dataWidth + aroundWidth));
        int h = (int) Math.min(height, Math.round(dataHeight + aroundHeight));
        chart.setBounds(in.left + (width - w) / 2, in.top + (height - h) / 2, w, h);
    }

    /** After the chart's first paint the space around its data area is known: lay out once more if it changed. */
    void remeasure() {
        Rectangle2D area = chart.getScreenDataArea();
        if (keepsAspect() && area.getWidth() > 10 && (Math.abs(chart.getWidth() - area.getWidth() - aroundWidth) > 2
                || Math.abs(chart.getHeight() - area.getHeight() - aroundHeight) > 2)) {
            revalidate();
        }
    }

    @Override
    public Dimension getPreferredSize() {
        return chart.getPreferredSize();
    }
}
