package be.crmconnector.matching;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Records recognised in the store rather than doubled, on a real PostgreSQL (embedded, from Maven). */
class MatchingOnPostgresTest extends MatchingContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
