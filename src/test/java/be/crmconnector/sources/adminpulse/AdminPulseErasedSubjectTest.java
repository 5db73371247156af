package be.crmconnector.sources.adminpulse;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.adminpulse.Relation;
import be.crmconnector.support.TextInEveryColumn;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An erased client is not recreated by an AdminPulse sync that still has them; the sync stages them ERASED_SUBJECT. */
class AdminPulseErasedSubjectTest extends SimulatedAdminPulseTest {

    @Test
    void aSyncThatStillHasTheErasedPersonDoesNotRecreateThem() throws Exception {
        assertThat(sync("ap-all").status()).isEqualTo(RunStatus.COMPLETED);
        Relation person = personWithOwnKeys();
        String email = person.emails().get(0).address().toLowerCase(Locale.ROOT);
        long clientId = jdbc.queryForObject("SELECT client_id FROM external_ref WHERE connector_id = 'ap-all'"
                + " AND external_id = ?", Long.class, person.id());

        int status = mvc.perform(post("/api/clients/" + clientId + "/erase").with(httpBasic("admin",
                        "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"ticket GDPR-22\"}")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);

        ImportRun again = sync("ap-all");

        assertThat(again.counts().invalid()).as("%s", again.counts()).isOne();
        assertThat(again.counts().newCount()).isZero();
        assertThat(count("client")).isEqualTo(SEED.relations().size() - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM external_ref WHERE external_id = ?", Long.class,
                person.id())).isZero();
        assertThat(jdbc.queryForList("SELECT issues FROM run_row WHERE run_id = ? AND bucket = 'INVALID'",
                String.class, again.id())).singleElement().asString().contains("ERASED_SUBJECT");
        TextInEveryColumn scan = new TextInEveryColumn(jdbc);
        String number = person.nationalNumber().replaceAll("\\D", "");
        assertThat(scan.whereFound(number)).as("columns holding the national number").isEmpty();
        assertThat(scan.whereFound(email)).as("columns holding the e-mail").isEmpty();
    }

    /** A person whose national number and first e-mail no other relation of the seed carries. */
    private static Relation personWithOwnKeys() {
        List<Relation> relations = SEED.relations();
        Map<String, Long> emails = relations.stream().flatMap(r -> r.emails().stream())
                .map(e -> e.address().toLowerCase(Locale.ROOT))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return relations.stream().filter(r -> r.type().equals("Person") && r.nationalNumber() != null
                        && !r.nationalNumber().isBlank() && !r.emails().isEmpty()
                        && emails.get(r.emails().get(0).address().toLowerCase(Locale.ROOT)) == 1
                        && relations.stream().filter(o -> o != r).noneMatch(o -> r.nationalNumber()
                        .equals(o.nationalNumber())))
                .skip(5).findFirst().orElseThrow();
    }
}
