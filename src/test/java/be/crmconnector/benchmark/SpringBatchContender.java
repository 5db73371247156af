package be.crmconnector.benchmark;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcBatchItemWriter;
import org.springframework.batch.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.support.CompositeItemWriter;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The Spring Batch peer: one chunk-oriented step, {@code FlatFileItemReader} → validity filter
 * ({@link Workload#isValidEmail}) → two {@code JdbcBatchItemWriter}s, a standard {@code MERGE} into client (keyed
 * through the connector's external reference, updating only rows whose values differ) and the external reference of
 * each new client (found by its e-mail key, among clients without a reference). Chunks of 1,000, one transaction
 * each; built by hand on a {@link ResourcelessJobRepository}, so no batch tables and no Boot auto-configuration.
 * The same SQL runs on H2 and PostgreSQL 15+.
 */
final class SpringBatchContender implements Contender {
    static final int CHUNK = 1_000;

    private static final String VALUES = Arrays.stream(Workload.COLUMNS).map(c -> ":" + c)
            .collect(Collectors.joining(", "));
    private static final String CLIENT_COLUMNS = Arrays.stream(Workload.COLUMNS).skip(1)
            .collect(Collectors.joining(", "));
    private static final String MERGE_CLIENT = "MERGE INTO client c USING (SELECT v.*, r.client_id FROM (VALUES ("
            + VALUES + ", :kind, :display_name)) AS v(" + String.join(", ", Workload.COLUMNS)
            + ", kind, display_name) LEFT JOIN external_ref r ON r.connector_id = '" + Workload.CONNECTOR
            + "' AND r.external_id = v.ref) s ON c.id = s.client_id "
            + "WHEN MATCHED AND (" + prefixed("c.") + ") IS DISTINCT FROM (" + prefixed("s.") + ") THEN UPDATE SET "
            + Arrays.stream(Workload.COLUMNS).skip(1).map(c -> c + " = s." + c).collect(Collectors.joining(", "))
            + ", email_key = s.email, updated_at = CURRENT_TIMESTAMP "
            + "WHEN NOT MATCHED THEN INSERT (kind, display_name, " + CLIENT_COLUMNS + ", email_key, created_at, "
            + "updated_at) VALUES (s.kind, s.display_name, " + prefixed("s.") + ", s.email, CURRENT_TIMESTAMP, "
            + "CURRENT_TIMESTAMP)";
    private static final String INSERT_NEW_REFERENCE = "INSERT INTO external_ref (connector_id, external_id, "
            + "client_id, created_at) SELECT '" + Workload.CONNECTOR + "', :ref, c.id, CURRENT_TIMESTAMP FROM client c "
            + "WHERE c.email_key = :email AND NOT EXISTS (SELECT 1 FROM external_ref r WHERE r.client_id = c.id) "
            + "AND NOT EXISTS (SELECT 1 FROM external_ref r WHERE r.connector_id = '" + Workload.CONNECTOR
            + "' AND r.external_id = :ref)";

    private String notes;

    private static String prefixed(String alias) {
        return Arrays.stream(Workload.COLUMNS).skip(1).map(c -> alias + c).collect(Collectors.joining(", "));
    }

    @Override
    public String name() {
        return "peer: Spring Batch (FlatFileItemReader → JdbcBatchItemWriter MERGE)";
    }

    @Override
    public void run(BenchStore store, Path csv) throws Exception {
        DataSource dataSource = store.dataSource();
        JobRepository jobs = new ResourcelessJobRepository();
        Job job = new JobBuilder("csv-import", jobs)
                .start(new StepBuilder("merge-clients", jobs)
                        .<Map<String, Object>, Map<String, Object>>chunk(CHUNK, new DataSourceTransactionManager(dataSource))
                        .reader(reader(csv))
                        .processor(row -> Workload.isValidEmail((String) row.get("email")) ? row : null)
                        .writer(writer(dataSource))
                        .build())
                .build();
        TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(jobs);
        launcher.afterPropertiesSet();
        JobExecution execution = launcher.run(job, new JobParametersBuilder().addString("file", csv.toString())
                .toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("Spring Batch job ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
        var step = execution.getStepExecutions().iterator().next();
        notes = String.format("read %,d, filtered as invalid %,d, written %,d, commits %,d", step.getReadCount(),
                step.getFilterCount(), step.getWriteCount(), step.getCommitCount());
    }

    private static FlatFileItemReader<Map<String, Object>> reader(Path csv) {
        return new FlatFileItemReaderBuilder<Map<String, Object>>()
                .name("csv")
                .resource(new FileSystemResource(csv))
                .encoding("UTF-8")
                .linesToSkip(1)
                .delimited().delimiter(";").names(Workload.COLUMNS)
                .fieldSetMapper(fields -> {
                    Map<String, Object> row = new HashMap<>();
                    for (String column : Workload.COLUMNS) {
                        String value = fields.readString(column);
                        row.put(column, value == null || value.isEmpty() ? null : value);
                    }
                    boolean company = row.get("company_name") != null;
                    row.put("kind", company ? "COMPANY" : "PERSON");
                    row.put("display_name", company ? row.get("company_name")
                            : row.get("first_name") + " " + row.get("last_name"));
                    return row;
                })
                .build();
    }

    private static CompositeItemWriter<Map<String, Object>> writer(DataSource dataSource) {
        CompositeItemWriter<Map<String, Object>> writer = new CompositeItemWriter<>();
        writer.setDelegates(List.of(jdbcWriter(dataSource, MERGE_CLIENT), jdbcWriter(dataSource, INSERT_NEW_REFERENCE)));
        return writer;
    }

    private static JdbcBatchItemWriter<Map<String, Object>> jdbcWriter(DataSource dataSource, String sql) {
        JdbcBatchItemWriter<Map<String, Object>> writer = new JdbcBatchItemWriterBuilder<Map<String, Object>>()
                .dataSource(dataSource)
                .sql(sql)
                .itemSqlParameterSourceProvider(row -> {
                    MapSqlParameterSource parameters = new MapSqlParameterSource();
                    row.forEach((k, v) -> parameters.addValue(k, v, java.sql.Types.VARCHAR));
                    return parameters;
                })
                .assertUpdates(false) // an unchanged row updates nothing, and that is the point
                .build();
        writer.afterPropertiesSet(); // finds the named parameters; the builder leaves it to the step's context
        return writer;
    }

    @Override
    public String notes() {
        return notes;
    }
}
