package dev.gradus.learning.data;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.spi.DataSetProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/** Makes data the way a host does: values bound through the provider's own parameter space. */
final class Generate {

    private Generate() {
    }

    /** {@code provider}'s data for {@code seed}, with {@code nameValuePairs} ({@code "noise", 0.0, ...}) and defaults for the rest. */
    static DataSet from(DataSetProvider provider, long seed, Object... nameValuePairs) {
        return provider.create(provider.parameters().bind(provider.info().id(), values(nameValuePairs)), seed);
    }

    static Map<String, Object> values(Object... nameValuePairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return values;
    }

    /** How many rows each class has, by class index. */
    static int[] classCounts(DataSet data) {
        int[] counts = new int[data.classes()];
        for (int row = 0; row < data.size(); row++) {
            counts[(int) data.target(row)]++;
        }
        return counts;
    }
}
