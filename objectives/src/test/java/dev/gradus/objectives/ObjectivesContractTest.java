package dev.gradus.objectives;

import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.tck.ObjectiveContract;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** Every objective of the catalog, and the formula objective, keeps the TCK's objective contract. */
class ObjectivesContractTest {
    @Nested
    class Sphere implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Sphere();
        }
    }

    @Nested
    class ElongatedBowl implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.ElongatedBowl();
        }
    }

    @Nested
    class Rosenbrock implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Rosenbrock();
        }
    }

    @Nested
    class Beale implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Beale();
        }
    }

    @Nested
    class Himmelblau implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Himmelblau();
        }
    }

    @Nested
    class Booth implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Booth();
        }
    }

    @Nested
    class ShiftedBowl implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.ShiftedBowl();
        }
    }

    @Nested
    class Matyas implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Matyas();
        }
    }

    @Nested
    class ThreeHumpCamel implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.ThreeHumpCamel();
        }
    }

    @Nested
    class SixHumpCamel implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.SixHumpCamel();
        }
    }

    @Nested
    class GoldsteinPrice implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.GoldsteinPrice();
        }
    }

    @Nested
    class McCormick implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.McCormick();
        }
    }

    @Nested
    class Levi13 implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Levi13();
        }
    }

    @Nested
    class Easom implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Easom();
        }
    }

    @Nested
    class Parabola implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Parabola();
        }
    }

    @Nested
    class WavyPolynomial implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.WavyPolynomial();
        }
    }

    @Nested
    class Ackley implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Ackley();
        }
    }

    @Nested
    class Saddle implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Saddle();
        }
    }

    @Nested
    class MonkeySaddle implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.MonkeySaddle();
        }
    }

    @Nested
    class Rastrigin implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Rastrigin();
        }
    }

    @Nested
    class StyblinskiTang implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.StyblinskiTang();
        }
    }

    @Nested
    class IllConditionedQuadratic implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.IllConditionedQuadratic();
        }
    }

    @Nested
    class Bukin6 implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Bukin6();
        }
    }

    @Nested
    class CrossInTray implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.CrossInTray();
        }
    }

    @Nested
    class Eggholder implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.Eggholder();
        }
    }

    @Nested
    class HolderTable implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.catalog.HolderTable();
        }
    }

    @Nested
    class Formula implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.objectives.formula.FormulaProvider();
        }

        @Override
        public Map<String, String> parameterValues() {
            return Map.of("expression", "(1 - x)^2 + 5*(y - x^2)^2 + sin(x)*exp(y/4)");
        }
    }
}
