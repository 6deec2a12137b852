package dev.gradus.api.spi;

import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.schedule.LearningRateSchedule;

/**
 * Makes configured {@link LearningRateSchedule}s. Register an implementation in
 * {@code META-INF/services/dev.gradus.api.spi.ScheduleProvider}.
 */
public interface ScheduleProvider extends Provider {

    /**
     * A configured schedule.
     *
     * @param values values of {@link #parameters()}, already validated
     */
    LearningRateSchedule<?> create(ParameterValues values);
}
