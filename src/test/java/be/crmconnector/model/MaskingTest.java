package be.crmconnector.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** National numbers are masked inside free text in every written form; other digit runs stay readable. */
class MaskingTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            85.07.30-033.28                        | 850730*****
            '''85073003328'' is not a client type' | '''850730*****'' is not a client type'
            =85073003328                           | =850730*****
            n° 85 07 30 033 28, né en 1985         | n° 850730*****, né en 1985
            17.07.30-033.84                        | 170730*****
            98.47.28-997.65                        | 984728*****
            +32 470 12 34 56                       | +32 470 12 34 56
            85.07.30-033.29                        | 85.07.30-033.29
            850730033281                           | 850730033281
            account 0403.019.261                   | account 0403.019.261
            """)
    void nationalNumbersInTextAreMaskedAndOtherNumbersAreNot(String text, String expected) {
        assertThat(Masking.nationalNumbersIn(text)).isEqualTo(expected);
    }
}
