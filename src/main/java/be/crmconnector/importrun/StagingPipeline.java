package be.crmconnector.importrun;

import be.crmconnector.client.ClientField;
import be.crmconnector.client.ClientLookup;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.MatchKey;
import be.crmconnector.importrun.RunRowRepository.NewRow;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.ClientSnapshot;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.reconcile.StagedRecord;
import be.crmconnector.source.RecordIssue;
import be.crmconnector.source.RecordSource;
import be.crmconnector.source.SourceRecord;
import be.crmconnector.validation.RecordValidator;
import be.crmconnector.validation.ValidatedRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Stages a run: streams the source, normalises and validates each record, catches in-file duplicates, matches and
 * reconciles batch by batch, and writes every record to exactly one bucket. Nothing touches the client store here;
 * applying is a separate step, so a broken file is found before anything is written.
 */
public class StagingPipeline {
    static final int BATCH = 500;

    private final RecordValidator validator;
    private final RecordMatcher matcher;
    private final ClientLookup lookup;
    private final Reconciler reconciler;
    private final RunRowRepository rows;
    private final BiPredicate<String, ClientField> ownsExclusively;

    public StagingPipeline(RecordValidator validator, RecordMatcher matcher, ClientLookup lookup,
                           Reconciler reconciler, RunRowRepository rows,
                           BiPredicate<String, ClientField> ownsExclusively) {
        this.validator = validator;
        this.matcher = matcher;
        this.lookup = lookup;
        this.reconciler = reconciler;
        this.rows = rows;
        this.ownsExclusively = ownsExclusively;
    }

    public RunCounts stage(long runId, ConnectorDefinition connector, RecordSource source) {
        Staging staging = new Staging(runId, connector);
        source.forEach(staging::accept);
        staging.flush();
        staging.conflicts.forEach((line, issue) -> rows.markInvalid(runId, line, issue));
        long onlyInStore = rows.insertOnlyInStore(runId, connector.id());
        Map<Bucket, Long> byBucket = rows.countByBucket(runId);
        return new RunCounts(staging.read, byBucket.getOrDefault(Bucket.NEW, 0L),
                byBucket.getOrDefault(Bucket.UPDATE, 0L), byBucket.getOrDefault(Bucket.UNCHANGED, 0L),
                byBucket.getOrDefault(Bucket.INVALID, 0L), byBucket.getOrDefault(Bucket.DUPLICATE_IN_FILE, 0L),
                onlyInStore, rows.countWarnings(runId), 0);
    }

    /** State of one staging pass. */
    private final class Staging {
        final long runId;
        final ConnectorDefinition connector;
        final InFileDuplicates duplicates = new InFileDuplicates();
        final Map<Long, RecordIssue> conflicts = new LinkedHashMap<>();
        final List<NewRow> ready = new ArrayList<>();
        final Map<String, Candidate> toMatch = new LinkedHashMap<>();
        long read;

        Staging(long runId, ConnectorDefinition connector) {
            this.runId = runId;
            this.connector = connector;
        }

        record Candidate(SourceRecord source, ValidatedRecord validated) {
        }

        void accept(SourceRecord record) {
            read++;
            long line = record.position().line();
            ValidatedRecord validated = validator.validate(connector, record);
            String key = recordKey(validated.staged());
            if (validated.hasErrors()) {
                ready.add(invalid(line, key, validated.issues()));
            } else if (key == null) {
                ready.add(invalid(line, null, append(validated.issues(), RecordIssue.error("NO_KEY", line, null, null,
                        null, "The row has no reference, VAT number, national number or e-mail to recognise the "
                                + "client by; add one of them."))));
            } else {
                InFileDuplicates.Verdict verdict = duplicates.see(key, fingerprint(validated.staged()), line);
                if (verdict instanceof InFileDuplicates.Same same) {
                    ready.add(new NewRow(line, key, Bucket.DUPLICATE_IN_FILE, null, null, null,
                            append(validated.issues(), RecordIssue.warning("DUPLICATE_IN_FILE", line, null, null,
                                    null, "Same client with the same values as line " + same.firstLine()
                                            + "; imported once."))));
                } else if (verdict instanceof InFileDuplicates.Conflict conflict) {
                    conflict(line, key, conflict, validated);
                } else {
                    toMatch.put(key, new Candidate(record, validated));
                }
            }
            if (ready.size() + toMatch.size() >= BATCH) {
                flush();
            }
        }

        private void conflict(long line, String key, InFileDuplicates.Conflict conflict, ValidatedRecord validated) {
            String message = "The client '" + key + "' appears on line " + conflict.firstLine() + " and on line "
                    + line + " with different values; fix one of them (neither was imported).";
            ready.add(invalid(line, key, append(validated.issues(),
                    RecordIssue.error("CONFLICTING_DUPLICATE", line, null, null, null, message))));
            if (conflict.firstConflict()) {
                RecordIssue issue = RecordIssue.error("CONFLICTING_DUPLICATE", conflict.firstLine(), null, null,
                        null, message);
                Candidate pending = toMatch.get(key);
                if (pending != null && pending.source().position().line() == conflict.firstLine()) {
                    toMatch.remove(key);
                    ready.add(invalid(conflict.firstLine(), key, append(pending.validated().issues(), issue)));
                } else {
                    conflicts.put(conflict.firstLine(), issue);
                }
            }
        }

        void flush() {
            if (!toMatch.isEmpty()) {
                reconcileBatch();
            }
            rows.insert(runId, ready);
            ready.clear();
            toMatch.clear();
        }

        private void reconcileBatch() {
            Map<String, StagedRecord> records = new LinkedHashMap<>();
            toMatch.forEach((key, candidate) -> records.put(key, candidate.validated().staged()));
            Map<String, RecordMatcher.Match> matches = matcher.match(connector, records);
            List<Long> clientIds = matches.values().stream().map(RecordMatcher.Match::clientId)
                    .filter(id -> id != null).distinct().toList();
            Map<Long, ClientSnapshot> snapshots = clientIds.isEmpty() ? new HashMap<>()
                    : lookup.snapshots(clientIds, ownsExclusively);
            toMatch.forEach((key, candidate) -> ready.add(reconcile(key, candidate, matches.get(key), snapshots)));
        }

        private NewRow reconcile(String key, Candidate candidate, RecordMatcher.Match match,
                                 Map<Long, ClientSnapshot> snapshots) {
            long line = candidate.source().position().line();
            List<RecordIssue> issues = candidate.validated().issues();
            if (match.problem() != null) {
                return invalid(line, key, append(issues, RecordIssue.error("MATCH_AMBIGUOUS", line, null, null, null,
                        match.problem())));
            }
            StagedRecord staged = candidate.validated().staged();
            ClientSnapshot stored = match.clientId() == null ? null : snapshots.get(match.clientId());
            Reconciler.Outcome outcome = reconciler.reconcile(connector, staged, stored,
                    candidate.source().changedAt());
            List<FieldChange> diff = new ArrayList<>(outcome.changes());
            Bucket bucket = outcome.bucket();
            if (stored != null && !match.linked()) {
                diff.add(new FieldChange("externalId", "", key, Verdict.WRITE,
                        "recognised by a match key; link it to " + connector.id() + " record '" + key + "'"));
                bucket = Bucket.UPDATE;
            }
            boolean keepPayload = bucket == Bucket.NEW || bucket == Bucket.UPDATE;
            return new NewRow(line, key, bucket, match.clientId(), keepPayload ? staged : null,
                    bucket == Bucket.UNCHANGED ? null : diff, issues);
        }

        private NewRow invalid(long line, String key, List<RecordIssue> issues) {
            return new NewRow(line, key, Bucket.INVALID, null, null, null, issues);
        }

        /** The external id, or the first match key the record carries ("vatNumber:BE0403019261"). */
        private String recordKey(StagedRecord staged) {
            if (staged.externalId() != null && !staged.externalId().isEmpty()) {
                return truncate(staged.externalId());
            }
            for (MatchKey matchKey : connector.matchKeys()) {
                String value = staged.values().getOrDefault(matchKey.field().key(), "");
                if (!value.isEmpty()) {
                    return truncate(matchKey.field().key() + ":" + value.toLowerCase(java.util.Locale.ROOT));
                }
            }
            return null;
        }
    }

    private static String truncate(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200);
    }

    private static List<RecordIssue> append(List<RecordIssue> issues, RecordIssue extra) {
        List<RecordIssue> all = new ArrayList<>(issues);
        all.add(extra);
        return all;
    }

    private static long fingerprint(StagedRecord staged) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(staged.toString().getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
