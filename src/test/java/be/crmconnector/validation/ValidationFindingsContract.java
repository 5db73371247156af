package be.crmconnector.validation;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunStatus;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.support.OfficeCsvTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invalid rows are reported with line, column, field and rule while the rest is applied. */
@TestPropertySource(properties = {"crm.known-users=anne.janssens@cabinet-demo.be,pieter.maes@cabinet-demo.be",
        "crm.dunning-plans=Relance standard"})
abstract class ValidationFindingsContract extends OfficeCsvTest {

    @Test
    void invalidRowsAreReportedWithLineColumnAndRuleWhileTheRestIsApplied() {
        ImportRun run = importText("mixed.csv", HEADER
                + "C001;Jan;Peeters;;not-an-email;nl;\n"
                + "C002;Marie;Dubois;;marie@example.be;fr;\n");

        assertThat(run.counts().invalid()).isEqualTo(1);
        assertThat(run.counts().newCount()).isEqualTo(1);
        RunRow invalid = rows.page(run.id(), Bucket.INVALID, 0, 10).get(0);
        assertThat(invalid.issues()).anySatisfy(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.field()).isEqualTo("email");
            assertThat(issue.column()).contains("E-mail").contains("column 5");
            assertThat(issue.code()).isEqualTo("EMAIL_SYNTAX");
        });
    }

    @Test
    void anAccountManagerWhoIsNotAKnownUserPutsTheRowInInvalidWithTheAgreedMessage() {
        String header = "Référence;Prénom;Nom;E-mail;Responsable;Plan de relance\n";
        ImportRun run = importText("managers.csv", header
                + "C001;Jan;Peeters;jan@example.be;Anne.Janssens@cabinet-demo.be;Relance standard\n"
                + "C002;Marie;Dubois;marie@example.be;nobody@cabinet-demo.be;Relance standard\n"
                + "C003;Luc;Maes;luc@example.be;pieter.maes@cabinet-demo.be;relance standard\n");

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_ERRORS);
        assertThat(run.counts().newCount()).isEqualTo(1);
        assertThat(run.counts().invalid()).isEqualTo(2);
        List<RunRow> invalid = rows.page(run.id(), Bucket.INVALID, 0, 10);
        assertThat(invalid).filteredOn(row -> row.line() == 3).singleElement()
                .satisfies(row -> assertThat(row.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.message()).isEqualTo("Account manager not found, check the email");
                    assertThat(issue.code()).isEqualTo("ACCOUNT_MANAGER_UNKNOWN");
                    assertThat(issue.line()).isEqualTo(3);
                    assertThat(issue.column()).contains("Responsable").contains("column 5");
                    assertThat(issue.field()).isEqualTo("accountManager");
                }));
        assertThat(invalid).filteredOn(row -> row.line() == 4).singleElement()
                .satisfies(row -> assertThat(row.issues()).extracting(issue -> issue.message())
                        .containsExactly("Workflow not found, check spelling"));
        assertThat(jdbc.queryForMap("SELECT account_manager, workflow FROM client"))
                .containsEntry("ACCOUNT_MANAGER", "anne.janssens@cabinet-demo.be")
                .containsEntry("WORKFLOW", "Relance standard");
    }

    @Test
    void theSameClientTwiceInAFileIsImportedOnceOrRejectedWithBothLines() {
        ImportRun run = importText("dups.csv", HEADER
                + "C001;Jan;Peeters;;jan@example.be;nl;\n"
                + "C001;Jan;Peeters;;jan@example.be;nl;\n"
                + "C002;Marie;Dubois;;marie@example.be;fr;\n"
                + "C002;Marie;Dubois;;other@example.be;fr;\n");

        assertThat(run.counts().newCount()).isEqualTo(1);
        assertThat(run.counts().duplicateInFile()).isEqualTo(1);
        assertThat(run.counts().invalid()).isEqualTo(2);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_ERRORS);
        List<RunRow> invalid = rows.page(run.id(), Bucket.INVALID, 0, 10);
        assertThat(invalid).extracting(RunRow::line).containsExactlyInAnyOrder(4L, 5L);
        assertThat(invalid).allSatisfy(row -> assertThat(row.issues())
                .anySatisfy(issue -> assertThat(issue.message()).contains("line 4").contains("line 5")));
        assertThat(jdbc.queryForList("SELECT last_name FROM client", String.class)).containsExactly("Peeters");
    }
}
