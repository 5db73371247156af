package be.crmconnector.console;

import be.crmconnector.history.ImportRun;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The clients page finds a client by name and connector, and its detail says who wrote each field, in which run, under which rule, with the journal. */
class ClientDetailShowsProvenanceTest extends PreviewBrowserTest {

    @Test
    void aClientsFieldsShowTheirWriterRunAndRule() {
        ImportRun api = importCsv("console-api", """
                Reference;First name;Last name;VAT;City
                A-1;Jan;Peeters;BE0417497106;Gent
                A-2;Marie;Dubois;BE0850000112;Namur
                """);
        logIn("viewer");
        page.navigate(url("/console/clients?q=peeters&connector=console-api&archived=false"));
        assertThat(page.locator("tr.client-line")).hasCount(1);
        page.navigate(url("/console/clients?connector=console-review"));
        assertThat(page.locator("tr.client-line")).hasCount(0);

        page.navigate(url("/console/clients?q=peeters"));
        page.click("a.client-name");
        Locator city = page.locator("table.provenance tr[data-field=city]");
        assertThat(city.locator("td.value")).hasText("Gent");
        assertThat(city.locator("td.writer")).hasText("console-api");
        assertThat(city.locator("td.rule")).hasText("SOURCE_OWNS");
        assertThat(city.locator("td.when a")).hasAttribute("href", "/console/runs/" + api.id() + "/preview");
        assertThat(page.locator("table.provenance tr[data-field=lastName] td.rule")).hasText("PREFER_SOURCE");
        assertThat(page.locator("table.journal tbody tr").first()).containsText("run " + api.id());
    }
}
