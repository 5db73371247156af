package be.crmconnector.matching;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Records recognised in the store rather than doubled, on the embedded default store, H2. */
class MatchingOnH2Test extends MatchingContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }
}
