package dev.gradus.learning.data;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;

/**
 * Provides seed 003's XOR truth table under the id {@code xor}: the four rows
 * {@code (0, 0) -> 0}, {@code (0, 1) -> 1}, {@code (1, 0) -> 1}, {@code (1, 1) -> 0} in that order,
 * features {@code x1, x2}, classes {@code "0"} and {@code "1"}. The smallest set no linear model
 * separates, which is why seed 003 trains a 2-8-2 network on it. No parameters; the seed is ignored,
 * since nothing is random.
 */
public final class Xor implements DataSetProvider {
    private static final ProviderInfo INFO = new ProviderInfo("xor", "XOR", Recipes.VERSION, GradusApi.VERSION,
            "The four rows of the XOR truth table that seed 003 trains a 2-8-2 network on: (0,0)->0, (0,1)->1, (1,0)->1, (1,1)->0. "
                    + "Always the same four rows; the seed is ignored.");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public DataSet create(ParameterValues values, long seed) {
        LabelledPlane plane = new LabelledPlane(4);
        plane.add(0, 0, 0);
        plane.add(0, 1, 1);
        plane.add(1, 0, 1);
        plane.add(1, 1, 0);
        return plane.toDataSet(INFO.id(), 2);
    }
}
