package be.crmconnector.staging;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.ExternalIdHash;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.model.SourceContact;
import be.crmconnector.model.SourceRecord;
import it.unimi.dsi.fastutil.HashCommon;
import org.apache.commons.codec.digest.MurmurHash3;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * Hashes of staged records. MurmurHash3 (128 bits) rather than a cryptographic digest: the inputs are not
 * adversarial here (a collision could only make two different rows look alike to their own sender), and it is
 * several times cheaper per row, which matters at a million rows.
 */
public final class RecordHashes {
    private RecordHashes() {
    }

    /** The normalised record's content, keys sorted so that the column order of a file does not matter. */
    public static long content(StagedRecord record) {
        StringBuilder text = new StringBuilder(256).append(record.externalId()).append('\u0001');
        appendSorted(text, record.values(), ClientField::key);
        for (Map<ContactField, String> contact : record.contacts()) {
            text.append('\u0002');
            appendSorted(text, contact, ContactField::key);
        }
        appendCustom(text, record.custom());
        return hash(text);
    }

    /**
     * What a sync marker remembers: the record exactly as the source brought it (fields in a fixed order), when the
     * source says it changed (the most-recent rule reads it), and a fingerprint of everything else that decides the
     * outcome (ownership rules, the connector's mapping and required fields, known users and dunning plans). Equal
     * raw records validate and reconcile alike, so a match can skip both.
     *
     * <p>The fingerprint is mixed into the record's hash rather than written into its text: writing a long as
     * decimal for every row was a sizeable share of a re-import's CPU. MurmurHash3's 64-bit finaliser is a
     * bijection, so for one record two fingerprints always give two different hashes, and the finaliser applied
     * again after the XOR leaves no simple relation between the hashes of two records under two fingerprints.
     */
    static long sync(SourceRecord record, long fingerprint) {
        StringBuilder text = new StringBuilder(256).append(record.externalId()).append('\u0001');
        // The values come in the fields' declared order (an EnumMap), whatever the source's column order.
        record.values().forEach((field, value) -> text.append(field.key()).append('=').append(value).append('\u0001'));
        for (SourceContact contact : record.contacts()) {
            text.append('\u0002');
            for (ContactField field : ContactField.values()) {
                String value = contact.value(field);
                if (value != null) {
                    text.append(field.key()).append('=').append(value).append('\u0001');
                }
            }
        }
        appendCustom(text, record.custom());
        text.append('\u0003').append(record.changedAt() == null ? "" : record.changedAt().toString());
        return HashCommon.murmurHash3(hash(text) ^ HashCommon.murmurHash3(fingerprint));
    }

    /**
     * Custom values (sorted by name), only when there are some: the hashes of records without any, which markers hold
     * already, stay as they were.
     */
    private static void appendCustom(StringBuilder text, Map<String, String> custom) {
        if (!custom.isEmpty()) {
            text.append('\u0004');
            custom.forEach((name, value) -> text.append(name).append('=').append(value).append('\u0001'));
        }
    }

    /** Hash of descriptions of settings, in the order given. */
    public static long settings(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part).append('\u0001');
        }
        return hash(text);
    }

    /** A record key, for remembering which keys a run has seen without keeping the strings. */
    static long key(String key) {
        return ExternalIdHash.of(key);
    }

    /** By key text, not by the fields' declared order: the content hashes markers hold were computed so. */
    private static <F> void appendSorted(StringBuilder text, Map<F, String> values, Function<F, String> key) {
        String[][] entries = new String[values.size()][];
        int i = 0;
        for (Map.Entry<F, String> entry : values.entrySet()) {
            entries[i++] = new String[]{key.apply(entry.getKey()), entry.getValue()};
        }
        Arrays.sort(entries, java.util.Comparator.comparing(e -> e[0]));
        for (String[] entry : entries) {
            text.append(entry[0]).append('=').append(entry[1]).append('\u0001');
        }
    }

    private static long hash(CharSequence text) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0];
    }
}
