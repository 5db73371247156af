package be.crmconnector.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV export of {@code rows} distinct clients, the same for the same size: for crash and outage tests. */
public final class ClientFile {
    private ClientFile() {
    }

    public static String content(int rows) {
        StringBuilder csv = new StringBuilder("Référence;Prénom;Nom;E-mail;Langue\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("K").append(i).append(";Jan").append(i).append(";Peeters").append(i).append(";jan")
                    .append(i).append("@example.be;").append(i % 2 == 0 ? "nl" : "fr").append('\n');
        }
        return csv.toString();
    }

    /** Writes the file under a temporary name, then renames it into the inbox: a drop as scripts should make it. */
    public static Path drop(Path inbox, String name, int rows) {
        try {
            Files.createDirectories(inbox);
            Path temp = Files.writeString(inbox.resolve(name + ".part"), content(rows), StandardCharsets.UTF_8);
            return Files.move(temp, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
