package be.crmconnector.simulator.salesforce;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Account or Contact as Salesforce returns it: an Id, a type, a SystemModstamp, IsDeleted and free-form fields
 * (standard and custom, e.g. {@code VAT__c}). Mutable only through {@link SfRecordStore}, which stamps changes.
 */
public final class SfRecord {

    /** As Salesforce writes it: milliseconds and an offset without a colon, 2026-12-01T10:00:00.000+0000. */
    private static final DateTimeFormatter MODSTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX").withZone(ZoneOffset.UTC);

    private final String type;
    private final String id;
    private final Map<String, Object> fields;
    private Instant systemModstamp;
    private boolean deleted;

    public SfRecord(String type, String id, Map<String, Object> fields, Instant systemModstamp) {
        this.type = type;
        this.id = id;
        this.fields = new LinkedHashMap<>(fields);
        this.systemModstamp = systemModstamp.truncatedTo(ChronoUnit.MILLIS);
    }

    public String type() {
        return type;
    }

    public String id() {
        return id;
    }

    public Object field(String name) {
        return fields.get(name);
    }

    public Instant systemModstamp() {
        return systemModstamp;
    }

    public boolean deleted() {
        return deleted;
    }

    synchronized void set(String field, Object value, Instant now) {
        fields.put(field, value);
        systemModstamp = now.truncatedTo(ChronoUnit.MILLIS);
    }

    synchronized void markDeleted(Instant now) {
        deleted = true;
        systemModstamp = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The JSON shape of a query record: attributes first, then Id, fields, IsDeleted and SystemModstamp. */
    synchronized Map<String, Object> toJson(String apiVersion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributes", Map.of("type", type, "url", "/services/data/v" + apiVersion + "/sobjects/" + type + "/" + id));
        json.put("Id", id);
        json.putAll(fields);
        json.put("IsDeleted", deleted);
        json.put("SystemModstamp", MODSTAMP.format(systemModstamp));
        return json;
    }
}
