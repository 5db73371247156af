package be.crmconnector.staging;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.MatchKey;
import be.crmconnector.history.RunRowRepository.NewRow;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.validation.RecordValidator;
import be.crmconnector.validation.ValidatedRecord;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first look at each record, in file order: a record its connector's sync marker already knows is only counted;
 * any other is validated and keyed, and then either settled at once (INVALID, a duplicate in the file) or kept as a
 * candidate for matching and reconciling with its batch. Every key seen is remembered as a hash, for the clients the
 * source no longer has.
 */
final class Triage {
    static final int BATCH = 1000;
    private static final int MAX_KEY = 200;

    /** A record that passed validation and has a key, waiting to be matched with its batch. */
    record Candidate(SourceRecord source, ValidatedRecord validated, long syncHash, long contentHash) {
    }

    /** Rows settled at once, and candidates by key. */
    record Batch(List<NewRow> ready, Map<String, Candidate> toMatch) {
        Batch() {
            this(new ArrayList<>(), new LinkedHashMap<>());
        }

        int size() {
            return ready.size() + toMatch.size();
        }
    }

    private final ConnectorDefinition connector;
    private final RecordValidator validator;
    private final SyncIndex synced;
    private final InFileConflicts conflicts;
    private final ErasedSubjects.Check erased;
    private final InFileDuplicates duplicates = new InFileDuplicates();
    final LongOpenHashSet seenKeys = new LongOpenHashSet();
    private Batch batch = new Batch();
    long read;
    /** Records a valid marker knew: unchanged, counted without a row. */
    long countedByMarker;

    Triage(ConnectorDefinition connector, RecordValidator validator, SyncIndex synced, InFileConflicts conflicts) {
        this(connector, validator, synced, conflicts, ErasedSubjects.Check.NOBODY);
    }

    Triage(ConnectorDefinition connector, RecordValidator validator, SyncIndex synced, InFileConflicts conflicts,
           ErasedSubjects.Check erased) {
        this.connector = connector;
        this.validator = validator;
        this.synced = synced;
        this.conflicts = conflicts;
        this.erased = erased;
    }

    void accept(SourceRecord record, long syncHash) {
        read++;
        long line = record.position().line();
        InFileDuplicates.Verdict verdict = null;
        int marker = record.issues().isEmpty() ? synced.find(syncHash) : -1;
        if (marker >= 0) {
            // Brought exactly like this before, without findings, and the client untouched since: unchanged, unless
            // the file holds the client twice (then the row takes the ordinary path below).
            verdict = duplicates.see(synced.keyHash(marker), synced.contentHash(marker), line);
            if (verdict instanceof InFileDuplicates.First) {
                seenKeys.add(synced.keyHash(marker));
                countedByMarker++;
                return;
            }
        }
        ValidatedRecord validated = ErasedContacts.leftOut(record,
                validator.validate(connector.requiredFields(), record), erased);
        if (erased.erased(validated.staged())) {
            // Neither key nor findings kept: the row must hold nothing of the person it refuses.
            batch.ready.add(invalid(line, null, List.of(RecordIssue.error(ErasedSubjects.RULE, line, null, null, null,
                    ErasedSubjects.MESSAGE))));
            return;
        }
        String key = recordKey(validated.staged());
        if (key != null) {
            seenKeys.add(RecordHashes.key(key));
        }
        if (validated.hasErrors()) {
            batch.ready.add(invalid(line, key, validated.issues()));
        } else if (key == null) {
            batch.ready.add(invalid(line, null, append(validated.issues(), RecordIssue.error("NO_KEY", line, null,
                    null, null, "The row has no reference, VAT number, national number or e-mail to recognise the "
                            + "client by; add one of them."))));
        } else {
            long content = RecordHashes.content(validated.staged());
            if (verdict == null) {
                verdict = duplicates.see(RecordHashes.key(key), content, line);
            }
            sort(record, validated, key, verdict, syncHash, content);
        }
    }

    private void sort(SourceRecord record, ValidatedRecord validated, String key, InFileDuplicates.Verdict verdict,
                      long syncHash, long content) {
        long line = record.position().line();
        if (verdict instanceof InFileDuplicates.Same same) {
            batch.ready.add(new NewRow(line, key, Bucket.DUPLICATE_IN_FILE, null, null, null,
                    append(validated.issues(), RecordIssue.warning("DUPLICATE_IN_FILE", line, null, null, null,
                            "Same client with the same values as line " + same.firstLine() + "; imported once."))));
        } else if (verdict instanceof InFileDuplicates.Conflict conflict) {
            String message = conflicts.add(key, conflict.firstLine(), line);
            batch.ready.add(invalid(line, key, append(validated.issues(), InFileConflicts.issue(line, message))));
        } else {
            batch.toMatch.put(key, new Candidate(record, validated, syncHash, content));
        }
    }

    boolean full() {
        return batch.size() >= BATCH;
    }

    /** The batch so far; a new one starts. */
    Batch take() {
        Batch taken = batch;
        batch = new Batch();
        return taken;
    }

    /** The external id, or the first match key the record carries ("vatNumber:be0403019261"). */
    private String recordKey(StagedRecord staged) {
        if (staged.externalId() != null && !staged.externalId().isEmpty()) {
            return truncate(staged.externalId());
        }
        for (MatchKey matchKey : connector.matchKeys()) {
            String value = staged.value(matchKey.field());
            if (!value.isEmpty()) {
                return truncate(matchKey.field().key() + ":" + value.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    static NewRow invalid(long line, String key, List<RecordIssue> issues) {
        return new NewRow(line, key, Bucket.INVALID, null, null, null, issues);
    }

    static List<RecordIssue> append(List<RecordIssue> issues, RecordIssue extra) {
        List<RecordIssue> all = new ArrayList<>(issues);
        all.add(extra);
        return all;
    }

    private static String truncate(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }
}
