package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaybackTest {

    @Test
    void playingAdvancesBySpeedTimesTimeAndStopsAtTheEnd() {
        Playback p = new Playback();
        p.setLast(30);
        p.setSpeed(10);
        p.play();

        assertThat(p.advance(50_000_000L)).as("half a step").isFalse();
        assertThat(p.advance(50_000_000L)).isTrue();
        assertThat(p.cursor()).isEqualTo(1);
        p.advance(1_000_000_000L);
        assertThat(p.cursor()).isEqualTo(11);
        p.advance(10_000_000_000L);
        assertThat(p.cursor()).isEqualTo(30);
        assertThat(p.playing()).isFalse();
    }

    @Test
    void stepScrubResetAndToggleMoveTheCursorWithinTheRace() {
        Playback p = new Playback();
        p.setLast(5);
        int[] changes = new int[1];
        p.addListener(() -> changes[0]++);

        p.stepForward();
        p.stepForward();
        p.stepBack();
        assertThat(p.cursor()).isEqualTo(1);
        p.scrub(99);
        assertThat(p.cursor()).isEqualTo(5);
        p.toggle();
        assertThat(p.playing()).as("playing from the end restarts").isTrue();
        assertThat(p.cursor()).isZero();
        p.toggle();
        assertThat(p.playing()).isFalse();
        p.scrub(3);
        p.reset();
        assertThat(p.cursor()).isZero();
        p.setLast(2);
        assertThat(p.cursor()).isZero();
        assertThat(changes[0]).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theSpeedIsClampedAndAnEmptyRaceDoesNotPlay() {
        Playback p = new Playback();
        p.setSpeed(1e9);
        assertThat(p.speed()).isEqualTo(Playback.MAX_SPEED);
        p.setSpeed(0);
        assertThat(p.speed()).isEqualTo(Playback.MIN_SPEED);
        p.play();
        assertThat(p.playing()).isFalse();
    }
}
