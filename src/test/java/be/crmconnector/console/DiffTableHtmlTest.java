package be.crmconnector.console;

import be.crmconnector.ownership.Decision.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff rows written in Java escape every value, reason and field, and mark only review fields. */
class DiffTableHtmlTest {

    @Test
    void valuesReasonsAndFieldsAreEscapedAndOnlyReviewFieldsAreMarked() {
        String html = DiffTableHtml.of(List.of(
                new PreviewRow.Change("city", "<b>Gent</b>", "<script>alert(1)</script>", Verdict.KEEP,
                        "owned by \"a&b\"", "cell-kept"),
                new PreviewRow.Change("accountingCode", null, "200", Verdict.REVIEW, null, "cell-review")),
                "<i>review</i>");

        assertThat(html).doesNotContain("<script>", "<b>", "<i>", "\"a&b\"")
                .contains("<td class=\"old\">&lt;b&gt;Gent&lt;/b&gt;</td>")
                .contains("<td class=\"new cell-kept\" title=\"owned by &quot;a&amp;b&quot;\">"
                        + "&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains("<tr class=\"change cell-review\" data-field=\"accountingCode\">")
                .contains("<td class=\"old\"></td>")
                .contains("<td class=\"new cell-review\">200</td>");
        assertThat(html.split("class=\"badge review\"", -1)).hasSize(2);
        assertThat(html).contains("<span class=\"badge review\">&lt;i&gt;review&lt;/i&gt;</span>");
    }
}
