package be.crmconnector.validation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Invalid rows reported while the rest is applied, on the embedded default store, H2. */
class ValidationFindingsOnH2Test extends ValidationFindingsContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }
}
