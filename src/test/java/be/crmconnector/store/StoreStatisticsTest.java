package be.crmconnector.store;

import be.crmconnector.support.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refreshing statistics makes PostgreSQL's planner see a table's new size at once; only the store's own tables can be
 * named; the schedule refreshes each time the count doubles.
 */
class StoreStatisticsTest {

    @Test
    void afterARefreshThePlannerKnowsTheNewSize() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(EmbeddedPostgres.newDatabaseUrl(),
                "postgres", "postgres");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE run_row_applied (run_row_id BIGINT PRIMARY KEY, client_id BIGINT)");
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 20_000; id++) {
            rows.add(new Object[]{id, id});
        }
        jdbc.batchUpdate("INSERT INTO run_row_applied VALUES (?, ?)", rows);
        assertThat(reltuples(jdbc)).isLessThan(1);

        StoreStatistics statistics = new StoreStatistics(dataSource, Dialect.of(dataSource));
        assertThat(statistics.changesMuch("run_row_applied", 20_000, 5_000)).isTrue();
        statistics.refresh(List.of("run_row_applied"));

        assertThat(reltuples(jdbc)).isEqualTo(20_000);
        assertThat(statistics.believedRows("run_row_applied")).isEqualTo(20_000);
        assertThat(statistics.changesMuch("run_row_applied", 3_000, 1_000)).as("3,000 of 20,000").isFalse();
        assertThat(statistics.changesMuch("run_row_applied", 4_000, 1_000)).as("4,000 of 20,000").isTrue();
    }

    @Test
    void onlyTheStoresTablesCanBeNamed() {
        var dataSource = new DriverManagerDataSource(EmbeddedPostgres.newDatabaseUrl(), "postgres", "postgres");
        StoreStatistics statistics = new StoreStatistics(dataSource, Dialect.of(dataSource));
        assertThatThrownBy(() -> statistics.refresh(List.of("client; DROP TABLE client")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScheduleIsDueEachTimeTheCountDoubles() {
        StoreStatistics.Schedule schedule = new StoreStatistics.Schedule(5_000);
        List<Long> due = new ArrayList<>();
        for (long count = 500; count <= 100_000; count += 500) {
            if (schedule.due(count)) {
                due.add(count);
            }
        }
        assertThat(due).containsExactly(5_000L, 10_000L, 20_000L, 40_000L, 80_000L);
    }

    private static double reltuples(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = 'run_row_applied'", Double.class);
    }
}
