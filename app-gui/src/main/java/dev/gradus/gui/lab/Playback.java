package dev.gradus.gui.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The step cursor that animates a finished race: play, pause, step, reset, scrub, and a speed in
 * steps per second. Pure model: a UI timer calls {@link #advance(long)} with the time elapsed and
 * redraws when the cursor moved. Not thread-safe: the UI thread owns it.
 */
public final class Playback {
    /** The slowest and fastest speeds, in steps per second. */
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 100_000;

    private long last;
    private long cursor;
    private boolean playing;
    private double speed = 10;
    private double carry;
    private final List<Runnable> listeners = new ArrayList<>();

    /** The last step the cursor can reach (the longest run's last step); 0 when there is nothing. */
    public long last() {
        return last;
    }

    /** Sets the last step (a new race), keeping the cursor within it. */
    public void setLast(long last) {
        this.last = Math.max(0, last);
        if (cursor > this.last) {
            move(this.last);
        }
    }

    /** The step shown. */
    public long cursor() {
        return cursor;
    }

    public boolean playing() {
        return playing;
    }

    /** Steps per second while playing. */
    public double speed() {
        return speed;
    }

    /** Sets the speed, clamped to [{@value #MIN_SPEED}, {@value #MAX_SPEED}] steps per second. */
    public void setSpeed(double stepsPerSecond) {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, stepsPerSecond));
    }

    /** Plays from the cursor; from the start when it is at the end. */
    public void play() {
        if (cursor >= last) {
            move(0);
        }
        playing = last > 0;
        carry = 0;
        fire();
    }

    public void pause() {
        playing = false;
        fire();
    }

    /** Plays when paused, pauses when playing. */
    public void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** One step forward (pauses). */
    public void stepForward() {
        playing = false;
        move(Math.min(last, cursor + 1));
    }

    /** One step back (pauses). */
    public void stepBack() {
        playing = false;
        move(Math.max(0, cursor - 1));
    }

    /** Back to step 0, paused. */
    public void reset() {
        playing = false;
        move(0);
    }

    /** Jumps to {@code step} (clamped), keeping play or pause. */
    public void scrub(long step) {
        move(Math.max(0, Math.min(last, step)));
    }

    /**
     * Advances a playing cursor by the steps {@code nanos} of time are worth at the speed; stops at
     * the last step.
     *
     * @return whether the cursor moved
     */
    public boolean advance(long nanos) {
        if (!playing) {
            return false;
        }
        carry += speed * nanos / 1e9;
        long steps = (long) carry;
        if (steps == 0) {
            return false;
        }
        carry -= steps;
        long target = Math.min(last, cursor + steps);
        if (target >= last) {
            playing = false;
        }
        move(target);
        return true;
    }

    /** Called after every change of cursor or play state. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void move(long step) {
        cursor = step;
        fire();
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
