package dev.gradus.impl.schedule;

import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.tck.ScheduleContract;
import org.junit.jupiter.api.Nested;

/** Every built-in learning-rate schedule keeps the TCK's schedule contract. */
class SchedulesContractTest {
    @Nested
    class Constant implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new ConstantScheduleProvider();
        }
    }

    @Nested
    class Step implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new StepScheduleProvider();
        }
    }

    @Nested
    class MultiStep implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new MultiStepScheduleProvider();
        }
    }

    @Nested
    class Exponential implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new ExponentialScheduleProvider();
        }
    }

    @Nested
    class Linear implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new LinearScheduleProvider();
        }
    }

    @Nested
    class Cosine implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new CosineScheduleProvider();
        }
    }

    @Nested
    class CosineWarmRestarts implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new CosineWarmRestartsScheduleProvider();
        }
    }

    @Nested
    class OneCycle implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new OneCycleScheduleProvider();
        }
    }

    @Nested
    class ReduceOnPlateau implements ScheduleContract {
        @Override
        public ScheduleProvider provider() {
            return new ReduceOnPlateauScheduleProvider();
        }
    }
}
