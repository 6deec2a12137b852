package dev.gradus.app.service;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.Sampling;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.schedule.ScheduleState;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.app.port.in.Checkpoint;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.in.StochasticSetup;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Resolves a {@link RunCommand} against the discovered providers and runs it. */
@Singleton
public final class RunOptimizationService implements RunOptimizationUseCase {
    private final ProviderCatalog catalog;
    private final RunEngine engine = new RunEngine();

    @Inject
    RunOptimizationService(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public RunResult run(RunCommand command, RunObserver observer, Cancellation cancellation) {
        PreparedRun prepared = prepare(command);
        return command.timeLimit() == null ? engine.run(prepared, observer, cancellation)
                : TimeLimited.run(engine, prepared, command.timeLimit(), observer, cancellation);
    }

    /** Looks up the providers, validates every value, and makes the run's objective, estimator and optimizer. */
    PreparedRun prepare(RunCommand command) {
        ObjectiveProvider objectiveProvider = catalog.objective(command.objective().id());
        OptimizerProvider optimizerProvider = catalog.optimizer(command.optimizer().id());
        GradientEstimatorProvider namedEstimator = command.gradient() == null ? null : catalog.estimator(command.gradient().id());
        ScheduleProvider scheduleProvider = command.schedule() == null ? null : catalog.schedule(command.schedule().id());

        List<ParameterViolation> violations = new ArrayList<>();
        ParameterValues objectiveValues = ProviderCalls.bind(objectiveProvider, command.objective(), violations);
        ParameterValues optimizerValues = ProviderCalls.bind(optimizerProvider, command.optimizer(), violations);
        ParameterValues estimatorValues = namedEstimator == null ? null : ProviderCalls.bind(namedEstimator, command.gradient(), violations);
        ParameterValues scheduleValues = scheduleProvider == null ? null : ProviderCalls.bind(scheduleProvider, command.schedule(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        if (scheduleProvider != null && !optimizerValues.has("lr")) {
            throw InvalidInputException.of("schedule", scheduleProvider.info().id(), "optimizer '" + optimizerProvider.info().id()
                    + "' has no learning rate (lr) for a schedule to drive");
        }
        Checkpoint resume = command.resume();
        ObjectiveMaking.Bound bound = ObjectiveMaking.load(catalog, objectiveProvider, objectiveValues, command.data(), command.seed());
        LearningData.Loaded loaded = bound.loaded();
        if (resume != null) {
            checkResumable(resume, command, objectiveProvider, objectiveValues, bound.dimensions(), optimizerProvider, scheduleProvider);
        }

        int dimension = resume != null ? resume.dimension()
                : ProviderCalls.dimension(objectiveProvider.info().id(), bound.dimensions(), command.dimension(), command.start(), "start");
        ObjectiveMaking.Made made = ObjectiveMaking.create(bound, dimension, command.seed());
        Objective objective = made.objective();
        ObjectiveMetadata metadata = made.metadata();
        double[] start = resume != null ? resume.point() : command.start() != null ? command.start() : metadata.suggestedStart();

        StochasticObjective stochastic = objective instanceof StochasticObjective so ? so : null;
        StochasticSetup stochasticSetup = stochastic == null ? null : stochasticSetup(command, objectiveProvider.info().id(), stochastic);
        if (stochastic == null) {
            refuseBatchOptions(command, objectiveProvider.info().id());
        }
        Objective differentiated = stochastic == null ? objective
                : ProviderCalls.guarded(ProviderKind.OBJECTIVE, objectiveProvider, "to give its batch objective", stochastic::batch);
        GradientEstimatorProvider estimatorProvider = namedEstimator != null ? namedEstimator : catalog.defaultEstimator(differentiated);
        catalog.requireApplicable(estimatorProvider, differentiated, objectiveProvider.info().id());
        ParameterValues gradientValues = estimatorValues != null ? estimatorValues : estimatorProvider.parameters().defaults();
        GradientEstimator estimator = ProviderCalls.guarded(ProviderKind.ESTIMATOR, estimatorProvider, "to start",
                () -> estimatorProvider.create(differentiated, gradientValues));
        BatchSampler sampler = null;
        if (stochasticSetup != null) {
            sampler = new BatchSampler(command.seed(), stochasticSetup);
            sampler.skip(resume == null ? 0 : resume.steps());
        }
        Optimizer<?> optimizer = ProviderCalls.guarded(ProviderKind.OPTIMIZER, optimizerProvider, "to start", () -> optimizerProvider.create(optimizerValues));
        LearningRateSchedule<?> schedule = scheduleProvider == null ? null
                : ProviderCalls.guarded(ProviderKind.SCHEDULE, scheduleProvider, "to start", () -> scheduleProvider.create(scheduleValues));
        OptimizerState resumedState = resume == null ? null
                : restored("optimizer", () -> optimizer.restore(resume.optimizerState().requireDimension(dimension)));
        ScheduleState resumedSchedule = resume == null || schedule == null ? null
                : restored("schedule", () -> schedule.restore(resume.scheduleState()));

        RunSetup setup = new RunSetup(objectiveProvider.info(), objectiveValues, metadata, optimizerProvider.info(), optimizerValues,
                optimizerProvider.capabilities(), estimatorProvider.info(), gradientValues, start, command.steps(), command.tolerance(),
                command.seed(), command.recording().resolve(dimension), scheduleProvider == null ? null : scheduleProvider.info(),
                scheduleValues, command.clipNorm(), command.clipValue(), command.maximize(), resume == null ? 0 : resume.steps(),
                loaded == null ? null : loaded.summary(), stochasticSetup);
        if (resume != null) {
            checkSameRandomness(resume, setup);
        }
        return new PreparedRun(setup, objective, estimator, optimizer, resumedState, schedule, resumedSchedule, command.trajectoryRows(),
                command.checkpoint(), stochastic, sampler);
    }

    /** The batch size, sampling and loss cadence of a run on a stochastic objective, checked against it. */
    private static StochasticSetup stochasticSetup(RunCommand command, String objectiveId, StochasticObjective objective) {
        int examples = objective.examples();
        int batch = command.batchSize() != null ? command.batchSize() : objective.defaultBatchSize();
        if (examples < 1 || objective.defaultBatchSize() < 1 || objective.defaultBatchSize() > examples) {
            throw new ProviderFailedException(ProviderKind.OBJECTIVE, objectiveId, "to keep its contract",
                    new IllegalStateException(examples + " examples with a default batch of " + objective.defaultBatchSize()));
        }
        if (batch > examples) {
            throw InvalidInputException.of("batch-size", Integer.toString(batch), "objective '" + objectiveId + "' has " + examples
                    + " examples; the batch size must be from 1 to " + examples);
        }
        Sampling sampling = command.sampling() != null ? command.sampling() : objective.defaultSampling();
        return new StochasticSetup(examples, batch, sampling, command.evalEvery(), objective instanceof Classifier);
    }

    /** Refuses mini-batch options on an objective that has no batches. */
    private static void refuseBatchOptions(RunCommand command, String objectiveId) {
        String why = "objective '" + objectiveId + "' is not stochastic (it has no examples to draw batches from)";
        if (command.batchSize() != null) {
            throw InvalidInputException.of("batch-size", command.batchSize().toString(), why);
        }
        if (command.sampling() != null) {
            throw InvalidInputException.of("sampling", command.sampling().id(), why);
        }
        if (command.evalEvery() != 1) {
            throw InvalidInputException.of("eval-every", Long.toString(command.evalEvery()), why);
        }
    }

    /** Refuses a checkpoint that belongs to another run than the command describes. */
    private static void checkResumable(Checkpoint resume, RunCommand command, ObjectiveProvider objective, ParameterValues objectiveValues,
                                       Dimensions dimensions, OptimizerProvider optimizer, ScheduleProvider schedule) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String saved = "the saved state";
        if (!resume.optimizerId().equals(optimizer.info().id())) {
            problems.add(new InvalidInputException.Problem("resume", resume.optimizerId(),
                    saved + " is optimizer '" + resume.optimizerId() + "''s; this run's optimizer is '" + optimizer.info().id() + "'"));
        }
        if (!resume.objectiveId().equals(objective.info().id())) {
            problems.add(new InvalidInputException.Problem("resume", resume.objectiveId(),
                    saved + " is of a run on objective '" + resume.objectiveId() + "'; this run's objective is '" + objective.info().id() + "'"));
        } else if (!resume.objectiveParameters().isEmpty()) {
            String differences = objectiveDifferences(resume, objective, objectiveValues);
            if (!differences.isEmpty()) {
                problems.add(new InvalidInputException.Problem("resume", resume.objectiveId(),
                        saved + " is of objective '" + resume.objectiveId() + "' with other parameters: " + differences));
            }
        }
        String scheduleId = schedule == null ? null : schedule.info().id();
        if (!java.util.Objects.equals(resume.scheduleId(), scheduleId)) {
            problems.add(new InvalidInputException.Problem("resume", String.valueOf(resume.scheduleId()),
                    saved + (resume.scheduleId() == null ? " has no schedule" : " has schedule '" + resume.scheduleId() + "'")
                            + "; this run " + (scheduleId == null ? "has none" : "has '" + scheduleId + "'")));
        }
        if (resume.maximize() != command.maximize()) {
            problems.add(new InvalidInputException.Problem("resume", Boolean.toString(resume.maximize()),
                    saved + (resume.maximize() ? " maximized; give --maximize" : " minimized; leave out --maximize")));
        }
        if (!dimensions.accepts(resume.dimension())) {
            problems.add(new InvalidInputException.Problem("resume", Integer.toString(resume.dimension()),
                    saved + " has dimension " + resume.dimension() + "; objective '" + objective.info().id() + "' " + ProviderCalls.takes(dimensions)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** {@code b: saved 10, now 100; ...} for every objective parameter whose saved value differs from this run's; empty when none does. */
    private static String objectiveDifferences(Checkpoint resume, ObjectiveProvider objective, ParameterValues now) {
        ParameterValues saved;
        try {
            saved = objective.parameters().bind(objective.info().id(), resume.objectiveParameters());
        } catch (InvalidParametersException e) {
            return "they no longer fit it (" + e.getMessage() + ")";
        }
        List<String> differences = new ArrayList<>();
        for (String name : now.space().names()) {
            if (!java.util.Objects.equals(saved.get(name), now.get(name))) {
                differences.add(name + " saved " + saved.format(name) + ", now " + now.format(name));
            }
        }
        return String.join("; ", differences);
    }

    /** Refuses to resume a run whose data or batches would not continue as they began. */
    private static void checkSameRandomness(Checkpoint resume, RunSetup setup) {
        Map<String, Object> now = RunEngine.randomness(setup);
        if (resume.randomness().equals(now)) {
            return;
        }
        List<String> differences = new ArrayList<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(resume.randomness().keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            Object saved = resume.randomness().get(key);
            Object current = now.get(key);
            if (!java.util.Objects.equals(saved, current)) {
                differences.add(key + " saved " + (saved == null ? "(none)" : saved) + ", now " + (current == null ? "(none)" : current));
            }
        }
        throw InvalidInputException.of("resume", String.valueOf(resume.randomness().get("seed")),
                "the saved state is of a run whose data or batches were drawn otherwise, so it would not continue exactly: "
                        + String.join("; ", differences));
    }

    private static <T> T restored(String what, Supplier<T> restore) {
        try {
            return restore.get();
        } catch (InvalidStateException e) {
            throw InvalidInputException.of("resume", what, "the saved " + what + " state does not fit this run: " + e.problem());
        }
    }
}
