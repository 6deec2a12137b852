package dev.gradus.app.port.in;

import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ScheduleProvider;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of provider, with the service interface ServiceLoader looks for. */
public enum ProviderKind {
    OPTIMIZER("optimizer", "optimizers", OptimizerProvider.class),
    OBJECTIVE("objective", "objectives", ObjectiveProvider.class),
    ESTIMATOR("gradient estimator", "estimators", GradientEstimatorProvider.class),
    SCHEDULE("schedule", "schedules", ScheduleProvider.class),
    DATA_SET("data set", "data", DataSetProvider.class);

    private final String word;
    private final String plural;
    private final Class<? extends Provider> service;

    ProviderKind(String word, String plural, Class<? extends Provider> service) {
        this.word = word;
        this.plural = plural;
        this.service = service;
    }

    /** The kind in words: {@code optimizer}, {@code gradient estimator}. */
    public String word() {
        return word;
    }

    /** The plural used on the command line: {@code optimizers}, {@code objectives}, {@code estimators}, {@code data}. */
    public String plural() {
        return plural;
    }

    /** The service interface. */
    public Class<? extends Provider> service() {
        return service;
    }

    /** The kind whose {@link #plural()} is {@code plural}. */
    public static Optional<ProviderKind> fromPlural(String plural) {
        return Arrays.stream(values()).filter(k -> k.plural.equals(plural)).findFirst();
    }
}
