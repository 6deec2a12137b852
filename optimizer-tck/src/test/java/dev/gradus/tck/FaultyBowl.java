package dev.gradus.tck;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;

/** The bowl {@code scale * Σ x_i²} written correctly, or broken in exactly one way, to show that each objective rule catches its fault. */
public class FaultyBowl implements ObjectiveProvider {

    /** The one thing done wrong. */
    enum Fault {
        NONE, UNSUPPORTED_API, GRADIENT_OFF_BY_TWO, MINIMUM_LISTED_ELSEWHERE, METADATA_OF_ANOTHER_DIMENSION, VALUE_WRITES_INTO_THE_POINT,
        DOES_NOT_DECLARE_ITS_GRADIENT
    }

    private final Fault fault;

    /** The correct bowl made the way ServiceLoader makes it, correct in every rule. */
    public FaultyBowl() {
        this(Fault.NONE);
    }

    FaultyBowl(Fault fault) {
        this.fault = fault;
    }

    @Override
    public ProviderInfo info() {
        return new ProviderInfo("faulty-bowl", "Faulty bowl", "1.0", fault == Fault.UNSUPPORTED_API ? "9.0" : GradusApi.VERSION,
                "A bowl with a planted fault.");
    }

    @Override
    public java.util.Set<dev.gradus.api.objective.ObjectiveCapability> capabilities() {
        return fault == Fault.DOES_NOT_DECLARE_ITS_GRADIENT ? java.util.Set.of()
                : java.util.Set.of(dev.gradus.api.objective.ObjectiveCapability.EXACT_GRADIENT);
    }

    @Override
    public ParameterSpace parameters() {
        return ParameterSpace.of(RealParameter.of("scale", "multiplies the bowl", 1, Range.greaterThan(0)));
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(1, 2);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        int n = context.dimension();
        double scale = context.parameters().real("scale");
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] start = new double[n];
        double[] minimum = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = -3;
            upper[i] = 3;
            start[i] = 1 + i;
            minimum[i] = fault == Fault.MINIMUM_LISTED_ELSEWHERE ? 0.5 : 0;
        }
        int metadataDimension = fault == Fault.METADATA_OF_ANOTHER_DIMENSION ? n + 1 : n;
        ObjectiveMetadata metadata = fault == Fault.METADATA_OF_ANOTHER_DIMENSION
                ? ObjectiveMetadata.builder(metadataDimension).plotWindow(Box.of(new double[metadataDimension], filled(metadataDimension, 1)))
                        .suggestedStart(filled(metadataDimension, 0.5)).build()
                : ObjectiveMetadata.builder(n).plotWindow(Box.of(lower, upper)).suggestedStart(start).globalMinimum(minimum, 0).build();
        return new DifferentiableObjective() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                double f = 0;
                for (int i = 0; i < x.length; i++) {
                    f += scale * x[i] * x[i];
                }
                if (fault == Fault.VALUE_WRITES_INTO_THE_POINT) {
                    x[0] += 1e-9;
                }
                return f;
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                for (int i = 0; i < x.length; i++) {
                    gradient[i] = (fault == Fault.GRADIENT_OFF_BY_TWO ? 1 : 2) * scale * x[i];
                }
                return value(x);
            }

            @Override
            public ObjectiveMetadata metadata() {
                return metadata;
            }
        };
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Correct, but not listed in META-INF/services: only the discovery rule fails. */
    public static final class Unregistered extends FaultyBowl {
        /** Made by the discovery rule. */
        public Unregistered() {
        }
    }

    /** Correct and listed, but its constructor allocates 4 MiB: only the cheap-construction rule fails. */
    public static final class Heavy extends FaultyBowl {
        private final double[] ballast = new double[1 << 19];

        /** Made by the cheap-construction rule. */
        public Heavy() {
            ballast[0] = 1;
        }
    }
}
