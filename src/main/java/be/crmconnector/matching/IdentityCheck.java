package be.crmconnector.matching;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.normalise.TextNormaliser;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a record a match key found (not the connector's own id) names the client it found. A national number typed
 * on the wrong row, or an e-mail address a household shares, finds a client who is somebody else; applying the record
 * would overwrite that person's names. Only a clear disagreement is a conflict, so that spelling does not make one:
 * names are compared as {@link TextNormaliser#foldForMatching} folds them (accents, case, punctuation), spaces
 * ignored.
 *
 * <ul>
 *   <li>Two persons agree when one name of the pair agrees: the first names, the last names, or one's first name with
 *       the other's last name (columns swapped). Found by {@code email}, the first names must agree (or be swapped):
 *       a household shares an address and often a last name.</li>
 *   <li>Two companies agree when their company names do, legal forms ({@code SA}, {@code BV}, {@code SRL} …) left
 *       out.</li>
 *   <li>A person and a company, or a side without those names, compare their display names.</li>
 * </ul>
 * Two names agree when they are equal once folded, or when every word of the shorter is a word of the longer
 * ({@code Dubois} and {@code Peeters-Dubois}, {@code Marie} and {@code Marie-Claire}). A blank side agrees with
 * anything: there is nothing to disagree with.
 */
public final class IdentityCheck {
    /** The code of the finding a conflicting row carries: in the row, the error report and the run's reason. */
    public static final String FINDING_CODE = "IDENTITY_CONFLICT";
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "nv", "srl", "bv", "sprl", "bvba", "sc", "cv",
            "scrl", "cvba", "scs", "snc", "vof", "gcv", "commv", "asbl", "vzw", "aisbl", "ivzw", "se", "sas", "sarl",
            "gmbh", "ag", "ltd", "llc", "inc", "plc");

    private IdentityCheck() {
    }

    /** Who the record names, and who the client found is, as a person reads them. */
    public record Conflict(String recordName, String clientName) {
    }

    /**
     * @param key    the match key that found the client
     * @param record the incoming record
     * @param client the client it found
     * @return the conflict, or empty when the names agree or cannot be compared
     */
    public static Optional<Conflict> conflict(ClientField key, StagedRecord record, ClientSnapshot client) {
        Side incoming = new Side(record.value(ClientField.KIND), record.value(ClientField.FIRST_NAME),
                record.value(ClientField.LAST_NAME), record.value(ClientField.COMPANY_NAME),
                record.value(ClientField.DISPLAY_NAME));
        Side stored = new Side(client.field(ClientField.KIND).value(), client.field(ClientField.FIRST_NAME).value(),
                client.field(ClientField.LAST_NAME).value(), client.field(ClientField.COMPANY_NAME).value(),
                client.field(ClientField.DISPLAY_NAME).value());
        return agree(key, incoming, stored) ? Optional.empty()
                : Optional.of(new Conflict(incoming.displayName(), stored.displayName()));
    }

    private static boolean agree(ClientField key, Side a, Side b) {
        if (a.isCompany() && b.isCompany()) {
            return names(withoutLegalForm(a.companyOrDisplay()), withoutLegalForm(b.companyOrDisplay()));
        }
        boolean firsts = !a.first.isEmpty() && !b.first.isEmpty();
        boolean lasts = !a.last.isEmpty() && !b.last.isEmpty();
        if (a.isPerson() && b.isPerson() && (firsts || lasts)) {
            boolean sameFirst = same(a.first, b.first);
            boolean firstIsLast = same(a.first, b.last);
            boolean lastIsFirst = same(a.last, b.first);
            if (key == ClientField.EMAIL && firsts) {
                return sameFirst || firstIsLast && lastIsFirst;
            }
            return sameFirst || same(a.last, b.last) || firstIsLast || lastIsFirst;
        }
        return names(words(a.displayName), words(b.displayName));
    }

    /** Both sides have the name, and it agrees. */
    private static boolean same(List<String> a, List<String> b) {
        return !a.isEmpty() && !b.isEmpty() && names(a, b);
    }

    /** Equal once folded, or every word of the shorter is a word of the longer; blank agrees with anything. */
    private static boolean names(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        if (String.join("", a).equals(String.join("", b))) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        return String.join("", shorter).length() >= 2 && longer.containsAll(shorter);
    }

    private static List<String> withoutLegalForm(List<String> words) {
        List<String> kept = words.stream().filter(w -> !LEGAL_FORMS.contains(w)).toList();
        return kept.isEmpty() ? words : kept;
    }

    /** Folded words; dots dropped first, so that {@code S.A.} is the word {@code sa}. */
    static List<String> words(String name) {
        String folded = TextNormaliser.foldForMatching(name == null ? "" : name.replace(".", ""));
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** One side's names, folded into words. */
    private static final class Side {
        final String kind;
        final List<String> first;
        final List<String> last;
        final String company;
        final String displayName;

        Side(String kind, String first, String last, String company, String displayName) {
            this.kind = kind;
            this.first = words(first);
            this.last = words(last);
            this.company = company;
            this.displayName = displayName;
        }

        boolean isCompany() {
            return "COMPANY".equals(kind);
        }

        boolean isPerson() {
            return !isCompany();
        }

        List<String> companyOrDisplay() {
            return words(company == null || company.isEmpty() ? displayName : company);
        }

        String displayName() {
            return displayName;
        }
    }
}
