package dev.gradus.app.service;

import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.objective.Box;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.Starts;
import java.util.ArrayList;
import java.util.List;

/** The starts of a study (compare, sweep): the suggested one, the listed ones, or uniform ones in the plot window from a seed. */
final class StudyStarts {
    private StudyStarts() {
    }

    static List<double[]> resolve(ProviderCatalog catalog, ComponentChoice objective, DataChoice data, Integer dimension, Starts starts, long seed) {
        if (starts instanceof Starts.Listed listed) {
            List<double[]> points = listed.points();
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).length != points.get(0).length) {
                    throw InvalidInputException.of("starts", "", "starts: start " + (i + 1) + " has " + points.get(i).length
                            + " coordinates, the first has " + points.get(0).length);
                }
            }
            return points;
        }
        ObjectiveMaking.Made made = ObjectiveMaking.make(catalog, objective, data, dimension, null, "start", seed);
        if (starts instanceof Starts.Random random) {
            Box window = made.metadata().plotWindow();
            SeededRandom draw = SeededRandom.of(random.seed(), "starts");
            List<double[]> points = new ArrayList<>();
            for (int k = 0; k < random.count(); k++) {
                double[] p = new double[window.dimension()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = window.lower(i) + draw.nextDouble() * (window.upper(i) - window.lower(i));
                }
                points.add(p);
            }
            return points;
        }
        return List.of(made.metadata().suggestedStart());
    }
}
