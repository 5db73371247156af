package be.crmconnector.console;

import be.crmconnector.history.RunRepository.DayCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The small chart of runs over time on the runs page: one bar per day of the last {@link #DAYS} days, its failed part
 * in another colour, drawn by the template as inline SVG from these coordinates.
 */
public record RunChart(List<Bar> bars, long max, int width, int height) {
    static final int DAYS = 14;
    static final int BAR_WIDTH = 20;
    static final int GAP = 4;
    static final int HEIGHT = 80;

    /** One day: x of its bar, heights of the whole bar and of its failed part, and the counts for the tooltip. */
    public record Bar(LocalDate day, int x, int height, int failedHeight, long runs, long failed) {
        public int y() {
            return HEIGHT - height;
        }

        public int failedY() {
            return HEIGHT - failedHeight;
        }
    }

    static RunChart of(List<DayCount> counts, LocalDate today) {
        Map<LocalDate, DayCount> byDay = counts.stream().collect(Collectors.toMap(DayCount::day, Function.identity()));
        long max = Math.max(1, counts.stream().mapToLong(DayCount::runs).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = today.minusDays(DAYS - 1 - i);
            DayCount count = byDay.getOrDefault(day, new DayCount(day, 0, 0));
            bars.add(new Bar(day, i * (BAR_WIDTH + GAP), scaled(count.runs(), max), scaled(count.failed(), max),
                    count.runs(), count.failed()));
        }
        return new RunChart(bars, max, DAYS * (BAR_WIDTH + GAP), HEIGHT);
    }

    private static int scaled(long value, long max) {
        return value == 0 ? 0 : (int) Math.max(2, Math.round((double) value * (HEIGHT - 4) / max));
    }
}
