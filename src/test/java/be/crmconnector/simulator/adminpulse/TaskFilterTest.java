package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /tasks filters by templateName, relationId and an inclusive ddMMyyyy deadline range; a bad date is 400. */
class TaskFilterTest {

    private final SeedData seed = RelationSeed.generate(5, 1000);
    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder().seed(seed).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void templateAndDeadlineRangeSelectExactlyTheMatchingTasks() {
        LocalDate from = LocalDate.of(2026, 10, 10);
        LocalDate until = LocalDate.of(2026, 10, 20);
        List<String> expected = seed.tasks().stream()
                .filter(t -> t.templateName().equals("Personenbelasting 2026"))
                .filter(t -> !t.deadline().isBefore(from) && !t.deadline().isAfter(until))
                .map(Task::id).toList();

        List<String> served = new ArrayList<>();
        JsonNode page;
        int pageNumber = 0;
        do {
            page = client.getJson("/tasks?templateName=Personenbelasting%202026&deadlineFrom=10102026"
                    + "&deadlineUntil=20102026&pageSize=50&page=" + pageNumber++);
            served.addAll(client.ids(page));
        } while (pageNumber < page.get("pageCount").asInt());

        assertThat(expected).isNotEmpty();
        assertThat(served).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void tasksCarryTheDocumentedFields() {
        Task task = seed.tasks().get(0);

        JsonNode body = client.getJson("/tasks?relationId=" + task.relationId());

        JsonNode first = body.get("results").get(0);
        assertThat(first.get("relationId").asText()).isEqualTo(task.relationId());
        assertThat(first.get("templateName").asText()).isNotBlank();
        assertThat(first.get("status").asInt()).isBetween(0, 2);
        assertThat(first.get("deadline").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void badDateIsBadRequest() {
        assertThat(client.get("/tasks?deadlineFrom=2026-10-01").statusCode()).isEqualTo(400);
        assertThat(client.get("/tasks?deadlineUntil=31022026").statusCode()).isEqualTo(400);
    }
}
