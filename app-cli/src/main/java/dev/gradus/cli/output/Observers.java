package dev.gradus.cli.output;

import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.util.List;

/** Several observers as one, called in order. */
public final class Observers implements RunObserver {
    private final RunObserver[] observers;

    public Observers(List<RunObserver> observers) {
        this.observers = observers.toArray(new RunObserver[0]);
    }

    @Override
    public void started(RunSetup setup) {
        for (RunObserver o : observers) {
            o.started(setup);
        }
    }

    @Override
    public void step(StepView step) {
        for (RunObserver o : observers) {
            o.step(step);
        }
    }

    @Override
    public void finished(RunResult result) {
        for (RunObserver o : observers) {
            o.finished(result);
        }
    }
}
