package be.crmconnector.support;

import be.crmconnector.model.Masking;
import be.crmconnector.validation.rules.NationalNumberValidator;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The log scan CI runs after the whole suite ({@code ./mvnw -B verify}, bound in the pom): every line the tests and
 * the product logged, as Surefire kept it in {@code target/surefire-reports/*-output.txt}, is searched for national
 * register numbers, and each eleven digits (with the separators people type) that the product's own validator
 * accepts fails the build. A test that needs a national number in its output prints it masked.
 */
public final class TestOutputScan {
    /** Eleven digits, possibly grouped as {@code 85.07.30-033.28} or {@code 85 07 30 033 28}. */
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<!\\d)\\d{2}(?:[.\\- /]?\\d{2}){2}[.\\- /]?\\d{3}[.\\- /]?\\d{2}(?!\\d)");
    private static final int SHOWN = 50;

    private final NationalNumberValidator validator = new NationalNumberValidator();

    /** One line that holds a valid national number: where it is, and the line masked (never the number itself). */
    public record Leak(Path file, long line, String maskedText) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + ": " + maskedText;
        }
    }

    /** What a scan looked at and what it found. */
    public record Result(int files, long lines, List<Leak> leaks) {
    }

    /** Scans the folder given as the only argument; throws (and so fails the Maven build) on any leak. */
    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "target/surefire-reports");
        Result result = new TestOutputScan().scan(reports);
        if (!result.leaks().isEmpty()) {
            StringBuilder message = new StringBuilder().append(result.leaks().size())
                    .append(" line(s) of test output hold a valid national register number (shown masked here):");
            result.leaks().stream().limit(SHOWN).forEach(leak -> message.append("\n  ").append(leak));
            if (result.leaks().size() > SHOWN) {
                message.append("\n  … and ").append(result.leaks().size() - SHOWN).append(" more");
            }
            throw new IllegalStateException(message.toString());
        }
        System.out.printf("Log scan: %d line(s) in %d test output file(s) under %s, no valid national register"
                + " number.%n", result.lines(), result.files(), reports);
    }

    /** Every {@code *-output.txt} file of the folder; a missing folder (no test ran) has nothing to scan. */
    public Result scan(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return new Result(0, 0, List.of());
        }
        List<Path> outputs;
        try (Stream<Path> files = Files.list(reports)) {
            outputs = files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).sorted().toList();
        }
        List<Leak> leaks = new ArrayList<>();
        long lines = 0;
        for (Path output : outputs) {
            // Latin-1 reads any byte sequence; the digits looked for are ASCII whatever the file's encoding.
            try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.ISO_8859_1)) {
                long number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (holdsNationalNumber(line)) {
                        leaks.add(new Leak(output, number, Masking.nationalNumbersIn(line)));
                    }
                }
                lines += number;
            }
        }
        return new Result(outputs.size(), lines, leaks);
    }

    /** True when the line holds eleven digits (separators allowed) that are a valid national register number. */
    public boolean holdsNationalNumber(String line) {
        Matcher candidates = CANDIDATE.matcher(line);
        while (candidates.find()) {
            String digits = candidates.group().replaceAll("\\D", "");
            var checked = validator.validate(digits);
            if (checked.isValid() && checked.value() != null) {
                return true;
            }
        }
        return false;
    }
}
