/**
 * Figures: headless-safe drawing shared by the desktop lab and image export.
 *
 * <p>What belongs here builds {@link org.jfree.chart.JFreeChart} charts and
 * {@link java.awt.image.BufferedImage}s from objectives and run data, and never opens a window:
 * a {@link dev.gradus.figures.Landscape} samples a 2-D function once, {@link
 * dev.gradus.figures.ContourLevels} and {@link dev.gradus.figures.Contours} turn the samples into
 * one path per level, {@link dev.gradus.figures.LandscapeFigure} draws them with run paths that
 * can be moved cheaply for animation, {@link dev.gradus.figures.CurveFigure} does the same for 1-D
 * objectives, {@link dev.gradus.figures.SeriesChart} plots values against step, and {@link
 * dev.gradus.figures.RegionsFigure} shows a classifier's decision regions over a {@link
 * dev.gradus.figures.RegionGrid} with the 2-D data on top, redrawn cheaply as training goes.
 * {@link dev.gradus.figures.FigureFiles} writes charts as PNG and frames as an {@link
 * dev.gradus.figures.AnimatedGif}, each file appearing whole or not at all. Swing panels and file
 * choosers belong to the adapters.
 */
package dev.gradus.figures;
