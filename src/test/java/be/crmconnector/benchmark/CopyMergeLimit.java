package be.crmconnector.benchmark;

import org.postgresql.PGConnection;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * The limit, on PostgreSQL only: COPY the file into a staging table, then one set-based MERGE into client (plus the
 * new external references), all in one transaction. Same validity rule as the peers: {@link Workload#VALID_EMAIL}.
 */
final class CopyMergeLimit implements Contender {
    @Override
    public String name() {
        return "limit: COPY + one MERGE (PostgreSQL)";
    }

    @Override
    public void run(BenchStore store, Path csv) throws Exception {
        if (!store.isPostgres()) {
            throw new IllegalArgumentException("The limit runs on PostgreSQL only");
        }
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE stage (ref text, first_name text, last_name text, company_name text, "
                    + "email text, language text, vat_number text, national_number text, street text, "
                    + "postal_code text, city text, country text, phone text, accounting_code text, label text) "
                    + "ON COMMIT DROP");
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY stage FROM STDIN WITH (FORMAT csv, "
                        + "DELIMITER ';', HEADER true, ENCODING 'UTF8')", in);
            }
            s.execute("CREATE TEMP TABLE src ON COMMIT DROP AS SELECT s.*, e.client_id, e.client_id IS NULL AS is_new "
                    + "FROM stage s LEFT JOIN external_ref e ON e.external_id = s.ref AND e.connector_id = '"
                    + Workload.CONNECTOR + "' WHERE s.email ~ '" + Workload.VALID_EMAIL + "'");
            s.execute("UPDATE src SET client_id = nextval(pg_get_serial_sequence('client', 'id')) WHERE is_new");
            s.execute("MERGE INTO client c USING src s ON c.id = s.client_id "
                    + "WHEN MATCHED AND (c.first_name, c.last_name, c.company_name, c.email, c.language, c.vat_number, "
                    + "c.national_number, c.street, c.postal_code, c.city, c.country, c.phone, c.accounting_code, "
                    + "c.label) IS DISTINCT FROM (s.first_name, s.last_name, s.company_name, s.email, s.language, "
                    + "s.vat_number, s.national_number, s.street, s.postal_code, s.city, s.country, s.phone, "
                    + "s.accounting_code, s.label) THEN UPDATE SET first_name = s.first_name, "
                    + "last_name = s.last_name, company_name = s.company_name, email = s.email, email_key = s.email, "
                    + "language = s.language, vat_number = s.vat_number, national_number = s.national_number, "
                    + "street = s.street, postal_code = s.postal_code, city = s.city, country = s.country, "
                    + "phone = s.phone, accounting_code = s.accounting_code, label = s.label, updated_at = now() "
                    + "WHEN NOT MATCHED THEN INSERT (id, kind, display_name, first_name, last_name, company_name, "
                    + "email, email_key, language, vat_number, national_number, street, postal_code, city, country, "
                    + "phone, accounting_code, label, created_at, updated_at) VALUES (s.client_id, "
                    + "CASE WHEN s.company_name IS NULL THEN 'PERSON' ELSE 'COMPANY' END, "
                    + "coalesce(s.company_name, s.first_name || ' ' || s.last_name), s.first_name, s.last_name, "
                    + "s.company_name, s.email, s.email, s.language, s.vat_number, s.national_number, s.street, "
                    + "s.postal_code, s.city, s.country, s.phone, s.accounting_code, s.label, now(), now())");
            s.execute("INSERT INTO external_ref (connector_id, external_id, client_id, created_at) SELECT '"
                    + Workload.CONNECTOR + "', ref, client_id, now() FROM src WHERE is_new");
            c.commit();
        }
    }
}
