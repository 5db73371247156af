package be.crmconnector.config.logging;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FailedWriteLogContract} on a real (embedded) PostgreSQL: a trigger refuses the inserts. */
class FailedWriteLogOnPostgresTest extends FailedWriteLogContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }

    @Override
    void refuseClientInserts() {
        jdbc.execute("CREATE OR REPLACE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$");
        jdbc.execute("CREATE TRIGGER refuse_clients BEFORE INSERT ON client FOR EACH ROW EXECUTE FUNCTION refuse_row()");
    }

    @Override
    void acceptClientInsertsAgain() {
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_clients ON client");
    }
}
