package be.crmconnector.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CI log scan fails on a planted national number, in any spelling, names where it is, and never repeats it. */
class TestOutputScanTest {
    @TempDir
    Path reports;

    @Test
    void aPlantedNationalNumberFailsTheScanWhichShowsItOnlyMasked() throws Exception {
        Files.writeString(reports.resolve("be.crmconnector.AlphaTest-output.txt"),
                "12:00:01 INFO run 3 staged\n12:00:02 WARN Columns found: Nom, 85073003328\n");
        Files.writeString(reports.resolve("be.crmconnector.BetaTest-output.txt"), "value 85.07.30-033.28 kept\n");

        TestOutputScan.Result result = new TestOutputScan().scan(reports);

        assertThat(result.files()).isEqualTo(2);
        assertThat(result.lines()).isEqualTo(3);
        assertThat(result.leaks()).extracting(Object::toString).containsExactly(
                "be.crmconnector.AlphaTest-output.txt:2: 12:00:02 WARN Columns found: Nom, 850730*****",
                "be.crmconnector.BetaTest-output.txt:1: value 850730***** kept");
        assertThatThrownBy(() -> TestOutputScan.main(new String[]{reports.toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 line(s) of test output hold a valid national register number")
                .hasMessageNotContaining("85073003328").hasMessageNotContaining("85.07.30-033.28");
    }

    @Test
    void maskedNumbersBadCheckDigitsPhoneNumbersAndOtherReportsPass() throws Exception {
        Files.writeString(reports.resolve("be.crmconnector.GammaTest-output.txt"), String.join("\n",
                "masked 850730***** and 85.07.30-***.**", "check digits off 85073003329", "phone +32470123456",
                "timestamp 2026-05-02T10:00:00.123Z, took 12345678901234 ns"));
        Files.writeString(reports.resolve("be.crmconnector.GammaTest.txt"), "not an output file: 85073003328\n");

        TestOutputScan.Result result = new TestOutputScan().scan(reports);

        assertThat(result.files()).isOne();
        assertThat(result.leaks()).isEmpty();
        TestOutputScan.main(new String[]{reports.toString()});
    }

    @Test
    void noReportsFolderMeansNothingToScan() throws Exception {
        assertThat(new TestOutputScan().scan(reports.resolve("absent")).files()).isZero();
    }
}
