package be.crmconnector.sources.salesforce;

import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The accounts of one Salesforce sync, every page already read (so a sync is applied whole or not at all). A full
 * read is complete: clients it lacks are ONLY_IN_STORE. An incremental read is not, and names instead the accounts
 * Salesforce says were deleted, which alone are listed ONLY_IN_STORE.
 */
public final class SalesforceRecordSource implements RecordSource {
    private final List<SourceRecord> records;
    private final Set<String> deleted;
    private final boolean complete;
    private final String notes;

    public SalesforceRecordSource(List<SourceRecord> records, Set<String> deleted, boolean complete, String notes) {
        this.records = List.copyOf(records);
        this.deleted = Set.copyOf(deleted);
        this.complete = complete;
        this.notes = notes;
    }

    @Override
    public void forEach(Consumer<SourceRecord> consumer) {
        records.forEach(consumer);
    }

    @Override
    public String readingNotes() {
        return notes;
    }

    @Override
    public boolean complete() {
        return complete;
    }

    @Override
    public Set<String> deletedExternalIds() {
        return deleted;
    }

    /** The same source, with more said of how it was read (calls, tokens, cursor). */
    public SalesforceRecordSource withNotes(String more) {
        return new SalesforceRecordSource(records, deleted, complete, notes + "; " + more);
    }

    public int size() {
        return records.size();
    }
}
