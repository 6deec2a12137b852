package dev.gradus.app.port.in;

import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;

/** Runs one optimizer on one objective from one start. */
public interface RunOptimizationUseCase {

    /**
     * Resolves the command against the discovered providers, then runs it to a stop reason.
     * Divergence, cancellation and a provider failing mid-run end the run with that reason; they
     * are not exceptions.
     *
     * @param command      what to run
     * @param observer     receives every row as it happens
     * @param cancellation asked every step whether to stop
     * @return how the run ended
     * @throws UnknownProviderException                           when an id is not known
     * @throws dev.gradus.api.param.InvalidParametersException    listing every refused parameter value
     * @throws InvalidInputException                              when dimension, start or estimator do not fit
     * @throws ProviderFailedException                            when a provider throws while being set up
     */
    RunResult run(RunCommand command, RunObserver observer, Cancellation cancellation);
}
