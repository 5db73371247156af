package be.crmconnector.history;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's progress counts read, staged and applied rows, and knows its total only once the source is fully read. */
class RunProgressTest {
    private final RunProgress progress = new RunProgress();

    @Test
    void countsEachPhaseAndLearnsTheTotalAtTheEndOfReading() {
        assertThat(progress.find(7)).isEmpty();
        progress.read(7, 1);
        progress.read(7, 1);
        assertThat(progress.find(7)).contains(new RunProgress.Progress(2, 0, 0, null));
        progress.readAll(7);
        progress.staged(7, 2);
        progress.applied(7, 1);
        assertThat(progress.find(7)).contains(new RunProgress.Progress(2, 2, 1, 2L));
        assertThat(progress.find(8)).isEmpty();
    }

    @Test
    void keepsOnlyTheLatestThousandRuns() {
        for (long run = 1; run <= 1_001; run++) {
            progress.read(run, 1);
        }
        assertThat(progress.find(1)).isEmpty();
        assertThat(progress.find(1_001)).isPresent();
    }
}
