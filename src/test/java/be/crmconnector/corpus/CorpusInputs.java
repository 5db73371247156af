package be.crmconnector.corpus;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.yaml.snakeyaml.Yaml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The input of a corpus case: a committed file ({@code input.csv}, {@code input.xlsx}, {@code input.bin}) used as
 * is, or a small descriptor ({@code input.gen.yaml}) from which a large or binary file is generated at test time,
 * so that nothing big is committed.
 *
 * <p>Descriptor kinds: {@code csv} (literal {@code lines}, where an entry {@code {repeat: N, line: ...}} repeats a
 * line with {@code {n}} = 1..N and {@code {x:N}} = N times x), {@code xlsx} ({@code sheets} of {@code rows}; numbers
 * become number cells, text becomes text cells) and {@code zip} ({@code entries} with {@code text} or a count of
 * {@code zeros}).
 */
final class CorpusInputs {
    private static final Pattern PAD = Pattern.compile("\\{(.):(\\d+)}");

    private CorpusInputs() {
    }

    /** The single input file of a case folder (committed or descriptor). */
    static Path inputOf(Path caseDir) {
        try (Stream<Path> files = Files.list(caseDir)) {
            List<Path> inputs = files.filter(f -> f.getFileName().toString().startsWith("input.")).toList();
            if (inputs.size() != 1) {
                throw new IllegalStateException(caseDir + " must hold exactly one input.* file, has " + inputs);
            }
            return inputs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file to import: the input itself, or what its descriptor generates into {@code workDir}. */
    static Path materialise(Path input, Path workDir) {
        if (!input.getFileName().toString().endsWith(".gen.yaml")) {
            return input;
        }
        try {
            Map<String, Object> gen = new Yaml().load(Files.readString(input));
            Path out = workDir.resolve(String.valueOf(gen.getOrDefault("as", "input.csv")));
            switch (String.valueOf(gen.get("kind"))) {
                case "csv" -> csv(gen, out);
                case "xlsx" -> xlsx(gen, out);
                case "zip" -> zip(gen, out);
                default -> throw new IllegalStateException(input + ": unknown kind " + gen.get("kind"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void csv(Map<String, Object> gen, Path out) throws IOException {
        Charset charset = Charset.forName(String.valueOf(gen.getOrDefault("charset", "UTF-8")));
        String eol = String.valueOf(gen.getOrDefault("eol", "\n"));
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), charset),
                1 << 16)) {
            for (Object entry : (List<Object>) gen.get("lines")) {
                if (entry instanceof Map<?, ?> repeated) {
                    int times = ((Number) repeated.get("repeat")).intValue();
                    String line = String.valueOf(repeated.get("line"));
                    for (int n = 1; n <= times; n++) {
                        w.write(expand(line.replace("{n}", String.valueOf(n))));
                        w.write(eol);
                    }
                } else {
                    w.write(expand(String.valueOf(entry)));
                    w.write(eol);
                }
            }
        }
    }

    private static String expand(String line) {
        Matcher m = PAD.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void xlsx(Map<String, Object> gen, Path out) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            Workbook wb = new Workbook(stream, "corpus", "1.0");
            for (Map<String, Object> sheet : (List<Map<String, Object>>) gen.get("sheets")) {
                Worksheet ws = wb.newWorksheet(String.valueOf(sheet.get("name")));
                List<List<Object>> rows = (List<List<Object>>) sheet.get("rows");
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> row = rows.get(r) == null ? List.of() : rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v != null) {
                            ws.value(r, c, String.valueOf(v));
                        }
                    }
                }
            }
            wb.finish();
        }
    }

    @SuppressWarnings("unchecked")
    private static void zip(Map<String, Object> gen, Path out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map<String, Object> entry : (List<Map<String, Object>>) gen.get("entries")) {
                zip.putNextEntry(new ZipEntry(String.valueOf(entry.get("name"))));
                if (entry.containsKey("text")) {
                    zip.write(String.valueOf(entry.get("text")).getBytes(StandardCharsets.UTF_8));
                } else {
                    byte[] zeros = new byte[64 * 1024];
                    long left = ((Number) entry.get("zeros")).longValue();
                    while (left > 0) {
                        int n = (int) Math.min(left, zeros.length);
                        zip.write(zeros, 0, n);
                        left -= n;
                    }
                }
                zip.closeEntry();
            }
        }
    }
}
