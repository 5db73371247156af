package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** After the armed page is served a record is inserted before it, so later pages shift and repeat a record. */
class RecordsChangeBetweenPagesTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(9, 2000)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void laterPagesShiftByTheInsertedRecord() {
        simulator.faults().changeRecordsAfterPage(1);

        List<String> served = new ArrayList<>();
        List<String> pageOne = List.of();
        JsonNode page;
        int number = 0;
        do {
            page = client.getJson("/relations?page=" + number + "&pageSize=400");
            if (number == 1) {
                pageOne = client.ids(page);
            }
            if (number == 2) {
                assertThat(client.ids(page).get(0)).as("last record of page 1 served again")
                        .isEqualTo(pageOne.get(pageOne.size() - 1));
            }
            served.addAll(client.ids(page));
            number++;
        } while (number < page.get("pageCount").asInt());

        String inserted = simulator.store().relations(r -> r.id().startsWith("00000000-")).get(0).id();
        assertThat(number).as("2001 records now need a sixth page").isEqualTo(6);
        assertThat(served).hasSize(2001).doesNotContain(inserted);
        assertThat(new HashSet<>(served)).as("one record twice, the new one never").hasSize(2000);
    }

    @Test
    void customMutationRunsOnceAfterTheArmedPage() {
        String removed = simulator.store().relations(r -> true).get(1999).id();
        simulator.faults().changeRecordsAfterPage(0, store -> store.removeRelation(removed));

        client.getJson("/relations?page=0&pageSize=400");
        client.getJson("/relations?page=0&pageSize=400");

        assertThat(simulator.store().relation(removed)).isEmpty();
        assertThat(simulator.store().relationCount()).isEqualTo(1999);
    }
}
