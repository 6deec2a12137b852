package dev.gradus.app.port.in;

import dev.gradus.app.port.out.Cancellation;

/** Races several optimizer configurations on one objective from the same starts with the same seeds. */
public interface CompareUseCase {

    /**
     * Checks every configuration first (a refused value stops the study before any run), then runs
     * every configuration from every start with every seed, {@code threads} at a time. The results
     * do not depend on the thread count. A run that diverges or whose provider fails ends with
     * that stop reason and the others go on.
     *
     * @throws InvalidInputException naming the configuration when one of its values is refused, or when the starts do not fit
     */
    CompareResult compare(CompareCommand command, Cancellation cancellation);
}
