package be.crmconnector.console;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunProgress;
import be.crmconnector.history.RunStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * One run as the runs page shows it, with its progress bar: while in flight, half the bar is staging (rows staged of
 * the records read) and half applying (rows applied of those to apply, once staging has counted them); a run that
 * has ended has a full bar.
 *
 * @param percent null while the total is not known yet (the source is still being read)
 */
public record RunLine(ImportRun run, boolean inFlight, Integer percent, long read, long staged, long applied,
                      Long total) {
    static final Set<RunStatus> IN_FLIGHT = EnumSet.of(RunStatus.RECEIVED, RunStatus.STAGED, RunStatus.APPLYING);

    /** A run that ended without its rows being applied: its full bar is drawn red. */
    public boolean failed() {
        return run.status() == RunStatus.FAILED || run.status() == RunStatus.INTERRUPTED;
    }

    static RunLine of(ImportRun run, RunProgress.Progress progress) {
        if (!IN_FLIGHT.contains(run.status())) {
            long read = run.counts().read();
            return new RunLine(run, false, 100, read, read, run.counts().applied(), read);
        }
        if (progress == null) {
            return new RunLine(run, true, null, 0, 0, 0, null);
        }
        Integer percent = progress.total() == null ? null : percent(run, progress);
        return new RunLine(run, true, percent, progress.read(), progress.staged(), progress.applied(),
                progress.total());
    }

    private static int percent(ImportRun run, RunProgress.Progress progress) {
        double staging = progress.total() == 0 ? 1 : Math.min(1, (double) progress.staged() / progress.total());
        long toApply = run.counts().newCount() + run.counts().update();
        double applying = run.status() != RunStatus.APPLYING ? 0
                : toApply == 0 ? 1 : Math.min(1, (double) progress.applied() / toApply);
        return (int) Math.floor(50 * staging + 50 * applying);
    }
}
