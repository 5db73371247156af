package be.crmconnector.simulator.salesforce;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Account or Contact as Salesforce returns it: an Id, a type, a SystemModstamp, IsDeleted and free-form fields
 * (standard and custom, e.g. {@code VAT__c}). Mutable only through {@link SfRecordStore}, which stamps changes.
 */
public final class SfRecord {

    private final String type;
    private final String id;
    private final Map<String, Object> fields;
    private Instant systemModstamp;
    private boolean deleted;

    public SfRecord(String type, String id, Map<String, Object> fields, Instant systemModstamp) {
        this.type = type;
        this.id = id;
        this.fields = new LinkedHashMap<>(fields);
        this.systemModstamp = systemModstamp;
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
        systemModstamp = now;
    }

    synchronized void markDeleted(Instant now) {
        deleted = true;
        systemModstamp = now;
    }

    /** The JSON shape of a query record: attributes first, then Id, fields, IsDeleted and SystemModstamp. */
    synchronized Map<String, Object> toJson(String apiVersion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributes", Map.of("type", type, "url", "/services/data/v" + apiVersion + "/sobjects/" + type + "/" + id));
        json.put("Id", id);
        json.putAll(fields);
        json.put("IsDeleted", deleted);
        json.put("SystemModstamp", systemModstamp.toString().replace("Z", "+0000"));
        return json;
    }
}
