package dev.gradus.benchmarks;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The formula objective's evaluation and autodiff gradient against the same function written in
 * Java by hand, for three formulas: Rosenbrock, a 2-D mix of trigonometry and exponentials, and a
 * coupled sum in 10 variables. The formula objective is reached only through the API, as a host
 * reaches it: the provider {@code formula} found by {@link ServiceLoader}, made from a text value.
 *
 * <p>Read two ratios from the results: {@code formulaGradient / formulaValue}, the price of the
 * gradient in evaluations (reverse mode promises a small constant, whatever the dimension), and
 * {@code formulaValue / javaValue}, the price of a formula (its tape compiled to JVM code) against
 * the same function written in Java. {@code -jvmArgsAppend -Dgradus.formula.compile=false}
 * measures the tape's interpreter instead.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FormulaBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FormulaBenchmark {

    /** The function: its formula text and the same function written in Java. */
    public enum Case {
        ROSENBROCK("100*(y - x^2)^2 + (1 - x)^2", new double[] {-1.2, 1}) {
            @Override
            double value(double[] x) {
                double wall = x[1] - x[0] * x[0];
                double floor = 1 - x[0];
                return 100 * wall * wall + floor * floor;
            }

            @Override
            double valueAndGradient(double[] x, double[] g) {
                double wall = x[1] - x[0] * x[0];
                double floor = 1 - x[0];
                g[0] = -400 * x[0] * wall - 2 * floor;
                g[1] = 200 * wall;
                return 100 * wall * wall + floor * floor;
            }
        },
        TRIG("sin(3*x)*cos(2*y) + exp(-(x^2 + y^2)/4) + atan(x*y)", new double[] {0.3, -0.7}) {
            @Override
            double value(double[] x) {
                return Math.sin(3 * x[0]) * Math.cos(2 * x[1]) + Math.exp(-(x[0] * x[0] + x[1] * x[1]) / 4) + Math.atan(x[0] * x[1]);
            }

            @Override
            double valueAndGradient(double[] x, double[] g) {
                double s3x = Math.sin(3 * x[0]);
                double c3x = Math.cos(3 * x[0]);
                double s2y = Math.sin(2 * x[1]);
                double c2y = Math.cos(2 * x[1]);
                double bump = Math.exp(-(x[0] * x[0] + x[1] * x[1]) / 4);
                double xy = x[0] * x[1];
                double slope = 1 / (1 + xy * xy);
                g[0] = 3 * c3x * c2y - 0.5 * x[0] * bump + x[1] * slope;
                g[1] = -2 * s3x * s2y - 0.5 * x[1] * bump + x[0] * slope;
                return s3x * c2y + bump + Math.atan(xy);
            }
        },
        SUM10(sum10(), new double[] {0.5, -0.3, 0.8, 0.1, -0.9, 0.4, 0.2, -0.6, 0.7, -0.1}) {
            @Override
            double value(double[] x) {
                double sum = 0;
                for (int i = 0; i < 10; i++) {
                    double d = x[i] - (i + 1) / 10.0;
                    sum += (i + 1) * d * d;
                }
                for (int i = 0; i < 9; i++) {
                    sum += x[i] * x[i + 1];
                }
                return sum;
            }

            @Override
            double valueAndGradient(double[] x, double[] g) {
                double sum = 0;
                for (int i = 0; i < 10; i++) {
                    double d = x[i] - (i + 1) / 10.0;
                    sum += (i + 1) * d * d;
                    g[i] = 2 * (i + 1) * d + (i > 0 ? x[i - 1] : 0) + (i < 9 ? x[i + 1] : 0);
                }
                for (int i = 0; i < 9; i++) {
                    sum += x[i] * x[i + 1];
                }
                return sum;
            }
        };

        final String expression;
        final double[] point;

        Case(String expression, double[] point) {
            this.expression = expression;
            this.point = point;
        }

        abstract double value(double[] x);

        abstract double valueAndGradient(double[] x, double[] g);

        /** {@code 1*(x1 - 0.1)^2 + ... + 10*(x10 - 1)^2 + x1*x2 + ... + x9*x10}. */
        private static String sum10() {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= 10; i++) {
                text.append(i == 1 ? "" : " + ").append(i).append("*(x").append(i).append(" - ").append(i / 10.0).append(")^2");
            }
            for (int i = 1; i < 10; i++) {
                text.append(" + x").append(i).append("*x").append(i + 1);
            }
            return text.toString();
        }
    }

    @Param({"ROSENBROCK", "TRIG", "SUM10"})
    public Case formula;

    private DifferentiableObjective objective;
    private double[] x;
    private double[] gradient;

    @Setup
    public void setUp() {
        ObjectiveProvider provider = ServiceLoader.load(ObjectiveProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.info().id().equals("formula")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no objective provider 'formula' on the class path"));
        ParameterValues values = provider.parameters().bind("formula", Map.of("expression", formula.expression));
        int n = provider.dimensions(values).preferred();
        objective = (DifferentiableObjective) provider.create(new ObjectiveContext(n, values, 0));
        x = formula.point.clone();
        gradient = new double[n];
        checkAgreement();
    }

    /** The two sides must compute the same function, or the ratios mean nothing. */
    private void checkAgreement() {
        double[] handGradient = new double[gradient.length];
        double fromFormula = objective.valueAndGradient(x, gradient);
        double byHand = formula.valueAndGradient(x, handGradient);
        boolean agree = Math.abs(fromFormula - byHand) <= 1e-12 * Math.max(1, Math.abs(byHand))
                && Math.abs(formula.value(x) - objective.value(x)) <= 1e-12 * Math.max(1, Math.abs(byHand));
        for (int i = 0; i < gradient.length; i++) {
            agree &= Math.abs(gradient[i] - handGradient[i]) <= 1e-12 * Math.max(1, Math.abs(handGradient[i]));
        }
        if (!agree) {
            throw new IllegalStateException(formula + ": the formula and the hand-written Java disagree at the benchmark point");
        }
    }

    @Benchmark
    public double formulaValue() {
        return objective.value(x);
    }

    @Benchmark
    public double formulaGradient() {
        return objective.valueAndGradient(x, gradient);
    }

    @Benchmark
    public double javaValue() {
        return formula.value(x);
    }

    @Benchmark
    public double javaGradient() {
        return formula.valueAndGradient(x, gradient);
    }
}
