package be.crmconnector.sources.filedrop;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Importing the same content again on purpose, by upload or by drop, on the embedded default store, H2. */
class ReimportOnH2Test extends ReimportContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }
}
