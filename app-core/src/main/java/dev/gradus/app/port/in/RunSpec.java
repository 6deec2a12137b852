package dev.gradus.app.port.in;

import dev.gradus.api.objective.Sampling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run specification: one objective (with its data), one start and budget, and one or more runs
 * that race on it. The file form is {@code gradus-spec} version 1 (see the README); the lab opens
 * and saves it, and built-in scenarios reproduce each seed article.
 *
 * @param name        a short kebab-case name ({@code book-comparison})
 * @param title       a line for menus
 * @param description what it shows, in a sentence or two
 * @param objective   the objective and its parameter values
 * @param data        its data, or null
 * @param dimension   the dimension, or null (from the start, else the objective's)
 * @param start       the start, or null (the objective's suggested start)
 * @param steps       the step budget of every run
 * @param seed        the seed of every run
 * @param tolerance   stop a run when its gradient norm falls below this; 0 turns it off
 * @param batchSize   the mini-batch size, or null
 * @param sampling    how batches are drawn, or null
 * @param runs        the runs, at least one
 * @param study       several starts, seeds, targets and figures, or {@link Study#NONE}
 * @param timeLimit   the wall time each run may take, or null for none (see {@link RunCommand#timeLimit()})
 */
public record RunSpec(String name, String title, String description, ComponentChoice objective, DataChoice data, Integer dimension,
                      double[] start, long steps, long seed, double tolerance, Integer batchSize, Sampling sampling, List<Run> runs, Study study,
                      Duration timeLimit) {

    /**
     * What makes a specification a study: several starts or seeds, targets to count the steps to,
     * and figures to draw. Every part is optional.
     *
     * @param starts             several starts instead of {@code start}, or null
     * @param seeds              several seeds instead of {@code seed}, or null
     * @param targetLoss         the loss target, or null
     * @param targetGradientNorm the gradient-norm target, or null
     * @param figures            figures to draw when it has run
     */
    public record Study(Starts starts, List<Long> seeds, Double targetLoss, Double targetGradientNorm, List<Figure> figures) {
        /** No study: one start, one seed, no targets, no figures. */
        public static final Study NONE = new Study(null, null, null, null, List.of());

        public Study {
            seeds = seeds == null ? null : List.copyOf(seeds);
            figures = List.copyOf(figures);
            if (seeds != null && seeds.isEmpty()) {
                throw InvalidInputException.of("seeds", "[]", "give at least one seed, or null for the seed");
            }
        }

        /** Whether this asks for more than one start or seed, or for targets. */
        public boolean isStudy() {
            return starts != null || seeds != null && seeds.size() > 1 || targetLoss != null || targetGradientNorm != null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Study other && Objects.equals(seeds, other.seeds) && Objects.equals(targetLoss, other.targetLoss)
                    && Objects.equals(targetGradientNorm, other.targetGradientNorm) && figures.equals(other.figures) && startsEqual(starts, other.starts);
        }

        private static boolean startsEqual(Starts a, Starts b) {
            if (a instanceof Starts.Listed x && b instanceof Starts.Listed y) {
                List<double[]> p = x.points();
                List<double[]> q = y.points();
                if (p.size() != q.size()) {
                    return false;
                }
                for (int i = 0; i < p.size(); i++) {
                    if (!java.util.Arrays.equals(p.get(i), q.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return Objects.equals(a, b);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seeds, targetLoss, targetGradientNorm, figures);
        }
    }

    /**
     * A figure a specification draws when it has run ({@code --plot}'s figure).
     *
     * @param file   where, a .png or .gif (relative to the folder the command runs in)
     * @param width  its width in pixels
     * @param height its height in pixels
     */
    public record Figure(String file, int width, int height) {
        public Figure {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A specification that is not a study, without a time limit. */
    public RunSpec(String name, String title, String description, ComponentChoice objective, DataChoice data, Integer dimension, double[] start,
                   long steps, long seed, double tolerance, Integer batchSize, Sampling sampling, List<Run> runs) {
        this(name, title, description, objective, data, dimension, start, steps, seed, tolerance, batchSize, sampling, runs, Study.NONE, null);
    }

    /** A specification without a time limit. */
    public RunSpec(String name, String title, String description, ComponentChoice objective, DataChoice data, Integer dimension, double[] start,
                   long steps, long seed, double tolerance, Integer batchSize, Sampling sampling, List<Run> runs, Study study) {
        this(name, title, description, objective, data, dimension, start, steps, seed, tolerance, batchSize, sampling, runs, study, null);
    }

    /**
     * One run of a specification.
     *
     * @param label     how views name it ({@code Momentum})
     * @param optimizer the optimizer and its values
     * @param gradient  the gradient estimator and its values, or null (the objective's default)
     * @param schedule  the learning-rate schedule and its values, or null (a constant rate)
     * @param clipNorm  the bound on the gradient's norm the optimizer sees, or null (none)
     * @param clipValue the bound on each component of it, or null (none)
     */
    public record Run(String label, ComponentChoice optimizer, ComponentChoice gradient, ComponentChoice schedule, Double clipNorm,
                      Double clipValue) {
        public Run {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(optimizer, "optimizer");
        }

        /** A run without schedule or clipping. */
        public Run(String label, ComponentChoice optimizer, ComponentChoice gradient) {
            this(label, optimizer, gradient, null, null, null);
        }
    }

    public RunSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(objective, "objective");
        start = start == null ? null : start.clone();
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw InvalidInputException.of("runs", "[]", "a specification needs at least one run");
        }
        study = study == null ? Study.NONE : study;
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(DurationText.LONGEST) >= 0)) {
            throw InvalidInputException.of("time_limit", timeLimit.toString(), "must be a positive duration shorter than 31 years, e.g. \"30s\" "
                    + "or \"500ms\", or null for none");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunSpec r && name.equals(r.name) && title.equals(r.title) && description.equals(r.description)
                && objective.equals(r.objective) && Objects.equals(data, r.data) && Objects.equals(dimension, r.dimension)
                && java.util.Arrays.equals(start, r.start) && steps == r.steps && seed == r.seed && Double.compare(tolerance, r.tolerance) == 0 && Objects.equals(batchSize, r.batchSize)
                && sampling == r.sampling && runs.equals(r.runs) && study.equals(r.study) && Objects.equals(timeLimit, r.timeLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, objective, java.util.Arrays.hashCode(start), steps, seed, runs);
    }

    @Override
    public double[] start() {
        return start == null ? null : start.clone();
    }

    /** The command of each run, in order; each is checked as any run command is. */
    public List<RunCommand> commands() {
        List<RunCommand> commands = new ArrayList<>();
        for (Run run : runs) {
            commands.add(RunCommand.builder().objective(objective).data(data).dimension(dimension).start(start).steps(steps).seed(seed).tolerance(tolerance)
                    .batchSize(batchSize).sampling(sampling).optimizer(run.optimizer()).gradient(run.gradient()).schedule(run.schedule())
                    .clipNorm(run.clipNorm() == null ? Double.POSITIVE_INFINITY : run.clipNorm())
                    .clipValue(run.clipValue() == null ? Double.POSITIVE_INFINITY : run.clipValue()).timeLimit(timeLimit).build());
        }
        return commands;
    }
}
