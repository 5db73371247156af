package be.crmconnector.model;

import java.util.function.Consumer;

/**
 * A stream of records from one source. Implementations read lazily so that memory stays bounded whatever the
 * size of the source; they throw {@link SourceRejectedException} when the source as a whole is unusable.
 */
public interface RecordSource {

    /** Feeds every record, in source order, to the consumer. */
    void forEach(Consumer<SourceRecord> consumer);

    /** A short description of how the source was read (charset, delimiter), recorded on the run. */
    default String readingNotes() {
        return "";
    }

    /**
     * Whether the source holds everything the connector has (a file, a full sync), so that the connector's clients
     * it lacks are ONLY_IN_STORE; false for a partial read such as an incremental sync of changed rows only.
     */
    default boolean complete() {
        return true;
    }

    /**
     * External ids the source itself says were deleted (e.g. Salesforce's {@code IsDeleted}), read once
     * {@link #forEach} has returned. A partial read lists these, and only these, as ONLY_IN_STORE, so the connector's
     * onlyInStore policy handles them; a complete read lists every client it lacks anyway.
     */
    default java.util.Set<String> deletedExternalIds() {
        return java.util.Set.of();
    }
}
