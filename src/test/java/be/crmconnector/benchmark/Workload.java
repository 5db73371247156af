package be.crmconnector.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The benchmark's workload, generated deterministically from the row count alone: {@code n} existing clients in the
 * store and an {@code n}-row CSV (15 columns, ';', UTF-8) of which 5% new, 5% changed, 0.2% invalid and the rest
 * unchanged. Values are written already in the form the product stores, so every contender can store them as read.
 */
public final class Workload {
    public static final String CONNECTOR = "office-csv";
    public static final String HEADER = "Référence;Prénom;Nom;Société;E-mail;Langue;Numéro de TVA;Numéro national;"
            + "Rue;Code postal;Ville;Pays;Téléphone;Code comptable;Étiquette";

    private static final String[] FIRST = {"Élodie", "Jan", "Marie", "Luc", "Anaïs", "Pieter", "Chloé", "Wouter",
            "Hélène", "Joëlle", "Koen", "Françoise", "Geert", "Céline", "Rémi", "Lieve"};
    private static final String[] LAST = {"Peeters", "Dubois", "Janssens", "Lambert", "Maes", "Dupont", "Van den Bossche",
            "Lefèbvre", "De Smet", "Mertens", "Willems", "Goossens", "Dumont", "Leclercq", "Claes", "Renard"};
    private static final String[] COMPANY = {"Boulangerie Léonard", "Brasserie de l'Abbaye", "Garage Ségers",
            "Bakkerij Vermeulen", "Pharmacie Müller", "Immo Gérard", "Bouwbedrijf Claes", "Café Crème"};
    private static final String[] FORM = {"SRL", "BV", "SA", "NV", "SC", "CommV"};
    private static final String[][] CITY = {{"1000", "Bruxelles"}, {"4000", "Liège"}, {"9000", "Gent"},
            {"2000", "Antwerpen"}, {"5000", "Namur"}, {"7000", "Mons"}, {"8000", "Brugge"}, {"6000", "Charleroi"},
            {"3000", "Leuven"}, {"1348", "Louvain-la-Neuve"}, {"4800", "Verviers"}, {"1410", "Waterloo"}};
    private static final String[] STREET = {"Rue de l'Église", "Chaussée de Bruxelles", "Kerkstraat", "Rue Haute",
            "Stationsstraat", "Avenue Louise", "Place Saint-Lambert", "Boulevard d'Avroy", "Grote Markt"};

    /** One client as the CSV carries it; {@code null} for an empty cell. */
    public record Client(String ref, String firstName, String lastName, String companyName, String email,
                         String language, String vatNumber, String nationalNumber, String street, String postalCode,
                         String city, String country, String phone, String accountingCode, String label) {
        boolean company() {
            return companyName != null;
        }

        String displayName() {
            return company() ? companyName : firstName + " " + lastName;
        }

        String[] cells() {
            return new String[] {ref, firstName, lastName, companyName, email, language, vatNumber, nationalNumber,
                    street, postalCode, city, country, phone, accountingCode, label};
        }
    }

    /** The store's client columns, in the CSV's column order ({@code ref} is the external id). */
    public static final String[] COLUMNS = {"ref", "first_name", "last_name", "company_name", "email", "language",
            "vat_number", "national_number", "street", "postal_code", "city", "country", "phone", "accounting_code",
            "label"};

    /**
     * The one validity rule of the peers and the limit: a plausible e-mail address. Written so that both Java
     * ({@link String#matches}) and PostgreSQL ({@code ~}) read it the same way.
     */
    public static final String VALID_EMAIL = "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$";
    private static final java.util.regex.Pattern VALID_EMAIL_PATTERN = java.util.regex.Pattern.compile(VALID_EMAIL);

    private final int rows;

    public Workload(int rows) {
        if (rows < 100) {
            throw new IllegalArgumentException("At least 100 rows");
        }
        this.rows = rows;
    }

    public int rows() {
        return rows;
    }

    enum Kind { UNCHANGED, CHANGED, NEW, INVALID }

    /** What CSV row {@code i} is: 0.2% invalid, 5% changed, 5% new (whose existing client is then only in store). */
    static Kind kind(int i) {
        if (i % 500 == 3) {
            return Kind.INVALID;
        }
        return switch (i % 20) {
            case 1 -> Kind.CHANGED;
            case 2 -> Kind.NEW;
            default -> Kind.UNCHANGED;
        };
    }

    /** How many CSV rows of each kind. */
    java.util.Map<Kind, Integer> kindCounts() {
        java.util.Map<Kind, Integer> counts = new java.util.EnumMap<>(Kind.class);
        for (int i = 0; i < rows; i++) {
            counts.merge(kind(i), 1, Integer::sum);
        }
        return counts;
    }

    /** Existing client {@code i} (0 ≤ i < rows). */
    static Client existing(int i) {
        return client("C" + String.format("%07d", i), i);
    }

    /** CSV row {@code i}. */
    Client csvRow(int i) {
        Client c = existing(i);
        return switch (kind(i)) {
            case UNCHANGED -> c;
            case CHANGED -> changed(c, i);
            case NEW -> client("N" + String.format("%07d", i), 2 * rows + i);
            case INVALID -> new Client(c.ref, c.firstName, c.lastName, c.companyName, "pas-une-adresse-" + i,
                    c.language, c.vatNumber, c.nationalNumber, c.street, c.postalCode, "Ville changée", c.country,
                    c.phone, c.accountingCode, c.label);
        };
    }

    /** Client {@code c} with a new e-mail address and another city. */
    private static Client changed(Client c, int i) {
        return new Client(c.ref, c.firstName, c.lastName, c.companyName,
                "nouveau." + i + "@exemple-modifie.be", c.language, c.vatNumber,
                c.nationalNumber, c.street, CITY[(i + 5) % CITY.length][0], CITY[(i + 5) % CITY.length][1],
                c.country, c.phone, c.accountingCode, c.label);
    }

    /** Whether a row passes the peers' and the limit's validity rule ({@link #VALID_EMAIL}). */
    public static boolean isValidEmail(String email) {
        return email != null && VALID_EMAIL_PATTERN.matcher(email).matches();
    }

    private static Client client(String ref, int seed) {
        boolean company = seed % 3 == 0;
        String first = company ? null : FIRST[seed % FIRST.length];
        String last = company ? null : LAST[(seed / 7) % LAST.length];
        String companyName = company ? COMPANY[seed % COMPANY.length] + " " + (seed / 3) + " " + FORM[seed % FORM.length]
                : null;
        String email = (company ? "info." + seed + "@" + "societe" + (seed % 97) + ".be"
                : ascii(first) + "." + ascii(last) + "." + seed + "@exemple.be").toLowerCase();
        String[] city = CITY[seed % CITY.length];
        String language = seed % 2 == 0 ? "fr" : "nl";
        String vat = company || seed % 5 == 1 ? vat(seed) : null;
        String nn = company ? null : nationalNumber(seed);
        String phone = "+32470" + String.format("%06d", seed % 1_000_000);
        return new Client(ref, first, last, companyName, email, language, vat, nn,
                STREET[seed % STREET.length] + " " + (1 + seed % 150), city[0], city[1], "Belgique", phone,
                "400" + String.format("%06d", seed % 1_000_000), seed % 4 == 0 ? "Dossier prioritaire" : null);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace(" ", "").replace("'", "");
    }

    /** A valid Belgian VAT number, unique per seed: BE + 10 digits, first 0 or 1, check 97 − (first 8 mod 97). */
    static String vat(int seed) {
        long first8 = 10_000_000L + seed;
        if (first8 > 19_999_999L) {
            throw new IllegalArgumentException("seed too large for a VAT number: " + seed);
        }
        long check = 97 - first8 % 97;
        return String.format("BE%08d%02d", first8, check);
    }

    /** A valid national number YYMMDDSSSCC, unique per seed, births before and after 2000. */
    static String nationalNumber(int seed) {
        int day = seed / 997;
        int serial = seed % 997 + 1;
        LocalDate birth = day % 2 == 0 ? LocalDate.of(1950, 1, 1).plusDays(day / 2)
                : LocalDate.of(2001, 1, 1).plusDays(day / 2);
        String first9 = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), serial);
        long base = Long.parseLong(first9) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0);
        return first9 + String.format("%02d", 97 - base % 97);
    }

    /** Writes the benchmark CSV: row {@code i} is {@link #csvRow}. */
    public Path writeCsv(Path folder) {
        return write(folder.resolve("clients-" + rows + ".csv"), this::csvRow);
    }

    /**
     * Writes the CSV of the {@code rows} existing clients ({@link #existing}), same 15 columns: what the product
     * imports into an empty store to seed itself, since it must know what it imported before.
     */
    public Path writeInitialCsv(Path folder) {
        return write(folder.resolve("initial-" + rows + ".csv"), Workload::existing);
    }

    /**
     * Writes a CSV for a preview to review, against a store holding the existing clients of a workload at least as
     * large: even rows change an existing client (e-mail, city), odd rows are new clients, their seeds above those of
     * any benchmark workload (below 3 × 1,000,000) so that no VAT number, national number or e-mail matches.
     */
    public Path writeReviewCsv(Path folder) {
        return write(folder.resolve("review-" + rows + ".csv"), i -> i % 2 == 0 ? changed(existing(i), i)
                : client("R" + String.format("%07d", i), REVIEW_NEW_SEEDS + i));
    }

    private static final int REVIEW_NEW_SEEDS = 5_000_000;

    private Path write(Path file, java.util.function.IntFunction<Client> row) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(String.join(";", java.util.Arrays.stream(row.apply(i).cells()).map(v -> v == null ? "" : v)
                        .toArray(String[]::new)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Puts the {@code rows} existing clients, with their external references, into a migrated, empty store. */
    public void seed(DataSource store) {
        String insertClient = "INSERT INTO client (id, kind, display_name, first_name, last_name, company_name, email, "
                + "email_key, language, national_number, vat_number, accounting_code, street, postal_code, city, "
                + "country, phone, label, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
        String insertRef = "INSERT INTO external_ref (connector_id, external_id, client_id, created_at) "
                + "VALUES ('" + CONNECTOR + "', ?, ?, CURRENT_TIMESTAMP)";
        try (Connection c = store.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement clients = c.prepareStatement(insertClient);
                 PreparedStatement refs = c.prepareStatement(insertRef)) {
                for (int i = 0; i < rows; i++) {
                    Client e = existing(i);
                    long id = i + 1;
                    clients.setLong(1, id);
                    clients.setString(2, e.company() ? "COMPANY" : "PERSON");
                    clients.setString(3, e.displayName());
                    String[] v = {e.firstName, e.lastName, e.companyName, e.email, e.email, e.language,
                            e.nationalNumber, e.vatNumber, e.accountingCode, e.street, e.postalCode, e.city, e.country,
                            e.phone, e.label};
                    for (int k = 0; k < v.length; k++) {
                        clients.setString(4 + k, v[k]);
                    }
                    clients.addBatch();
                    refs.setString(1, e.ref);
                    refs.setLong(2, id);
                    refs.addBatch();
                    if (i % 5000 == 4999) {
                        clients.executeBatch();
                        refs.executeBatch();
                    }
                }
                clients.executeBatch();
                refs.executeBatch();
            }
            // Let the identity continue after the seeded ids (syntax common to H2 and PostgreSQL).
            c.createStatement().execute("ALTER TABLE client ALTER COLUMN id RESTART WITH " + (rows + 1));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the store", e);
        }
    }

    /** The final store every contender must reach: client count and checksum over (vat_number, email, city). */
    public StoreFingerprint expected() {
        StoreFingerprint.Builder b = new StoreFingerprint.Builder();
        for (int i = 0; i < rows; i++) {
            Client row = csvRow(i);
            switch (kind(i)) {
                case UNCHANGED, INVALID -> b.add(existing(i).vatNumber, existing(i).email, existing(i).city);
                case CHANGED -> b.add(row.vatNumber, row.email, row.city);
                case NEW -> {
                    b.add(existing(i).vatNumber, existing(i).email, existing(i).city); // only in store, kept
                    b.add(row.vatNumber, row.email, row.city);
                }
            }
        }
        return b.build();
    }
}
