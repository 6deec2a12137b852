package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the parabola {@code f(x) = x^2} under the id {@code parabola}: the first example of
 * seed article 001, which draws the tangent at the current point and walks gradient descent down
 * the curve with learning rate 0.08 for 15 steps. Each step multiplies x by {@code 1 - 2 lr}, here
 * 0.84.
 *
 * <p>Derivative: {@code 2x}. Minimum: 0 at 0. Start: 9 (the article starts at a random integer in
 * {@code [8, 10)}, that is 8 or 9). Plot window and domain: {@code [-10, 10]}, which holds the start
 * and its mirror image.
 *
 * <p>The article's numerical derivative {@code (f(a+h) - f(h) / (h))} misplaces a bracket and
 * computes {@code (x + h)^2 - h} rather than about {@code 2x}. A run here, with any of Gradus's
 * estimators, is the descent the article means ({@code x <- 0.84 x}), not the one its code performs.
 */
public final class Parabola extends CurveFunctionProvider {
    public Parabola() {
        super(new ProviderInfo("parabola", "Parabola", BuildInfo.VERSION, GradusApi.VERSION,
                "x^2 in one dimension, the first example of gradient descent: the tangent at the current point and the walk down "
                        + "to the minimum 0 at 0, from 9."), new Square());
    }

    private static final class Square extends CurveFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(1)
                .formula("x^2")
                .suggestedStart(9)
                .plotWindow(Box.interval(-10, 10))
                .domain(Box.interval(-10, 10))
                .globalMinimum(new double[] {0}, 0)
                .logScaledContours(false)
                .build();

        @Override
        double value(double x) {
            return x * x;
        }

        @Override
        double derivative(double x) {
            return 2 * x;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
