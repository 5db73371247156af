package be.crmconnector.benchmark;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.sql.SqlConstants;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer: what one would write first with Camel. Split the file line by line and, for each row, one UPDATE through
 * the external reference and, when nothing was updated, one INSERT of the client and one of its reference (camel-sql,
 * auto-commit, one statement at a time). Rows failing {@link Workload#isValidEmail} are skipped as invalid.
 */
final class NaiveCamelContender implements Contender {
    private static final String[] COLUMNS = Workload.COLUMNS;
    private static final String SET = "first_name = :#first_name, last_name = :#last_name, "
            + "company_name = :#company_name, email = :#email, email_key = :#email, language = :#language, "
            + "vat_number = :#vat_number, national_number = :#national_number, street = :#street, "
            + "postal_code = :#postal_code, city = :#city, country = :#country, phone = :#phone, "
            + "accounting_code = :#accounting_code, label = :#label, updated_at = CURRENT_TIMESTAMP";

    private CamelContext camel;

    @Override
    public String name() {
        return "peer: naive Camel route (split → SQL per row)";
    }

    @Override
    public void prepare(BenchStore store, Workload workload, Path folder) throws Exception {
        workload.seed(store.dataSource());
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("store", store.dataSource());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:csv")
                        .split(body().tokenize("\n")).streaming().stopOnException()
                            .process(NaiveCamelContender::parse)
                            .filter(exchangeProperty("row").isNotNull())
                            .setBody(exchangeProperty("row"))
                            .to("sql:UPDATE client SET " + SET + " WHERE id = (SELECT client_id FROM external_ref "
                                    + "WHERE connector_id = '" + Workload.CONNECTOR
                                    + "' AND external_id = :#ref)?dataSource=#store")
                            .filter(header(SqlConstants.SQL_UPDATE_COUNT).isEqualTo(0))
                                .setBody(exchangeProperty("row"))
                                .setHeader(SqlConstants.SQL_RETRIEVE_GENERATED_KEYS, constant(true))
                                .setHeader(SqlConstants.SQL_GENERATED_COLUMNS, constant(new String[] {"id"}))
                                .to("sql:INSERT INTO client (kind, display_name, first_name, last_name, company_name, "
                                        + "email, email_key, language, vat_number, national_number, street, "
                                        + "postal_code, city, country, phone, accounting_code, label, created_at, "
                                        + "updated_at) VALUES (:#kind, :#display_name, :#first_name, :#last_name, "
                                        + ":#company_name, :#email, :#email, :#language, :#vat_number, "
                                        + ":#national_number, :#street, :#postal_code, :#city, :#country, :#phone, "
                                        + ":#accounting_code, :#label, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                                        + "?dataSource=#store")
                                .process(NaiveCamelContender::generatedId)
                                .to("sql:INSERT INTO external_ref (connector_id, external_id, client_id, created_at) "
                                        + "VALUES ('" + Workload.CONNECTOR + "', :#ref, :#client_id, "
                                        + "CURRENT_TIMESTAMP)?dataSource=#store")
                            .end()
                        .end();
            }
        });
        camel.start();
    }

    static void parse(Exchange exchange) {
        String line = exchange.getMessage().getBody(String.class);
        exchange.removeProperty("row");
        if (line == null || line.isBlank() || line.startsWith(Workload.HEADER.substring(0, 5))) {
            return;
        }
        String[] cells = line.split(";", -1);
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            String v = i < cells.length ? cells[i].strip() : "";
            row.put(COLUMNS[i], v.isEmpty() ? null : v);
        }
        String email = (String) row.get("email");
        if (!Workload.isValidEmail(email)) {
            return; // invalid: skipped
        }
        boolean company = row.get("company_name") != null;
        row.put("kind", company ? "COMPANY" : "PERSON");
        row.put("display_name", company ? row.get("company_name") : row.get("first_name") + " " + row.get("last_name"));
        exchange.setProperty("row", row);
    }

    @SuppressWarnings("unchecked")
    static void generatedId(Exchange exchange) {
        List<Map<String, Object>> keys = exchange.getMessage().getHeader(SqlConstants.SQL_GENERATED_KEYS_DATA, List.class);
        Object id = keys.get(0).entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst()
                .orElseThrow().getValue();
        Map<String, Object> row = exchange.getProperty("row", Map.class);
        row.put("client_id", ((Number) id).longValue());
        exchange.getMessage().removeHeaders("CamelSql*");
        exchange.getMessage().setBody(row);
    }

    @Override
    public void run(BenchStore store, Path csv) throws Exception {
        ProducerTemplate template = camel.createProducerTemplate();
        try (InputStream in = Files.newInputStream(csv)) {
            Exchange done = template.send("direct:csv", exchange -> {
                exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
                exchange.getMessage().setBody(in);
            });
            if (done.getException() != null) {
                throw done.getException();
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (camel != null) {
            camel.close();
        }
    }
}
