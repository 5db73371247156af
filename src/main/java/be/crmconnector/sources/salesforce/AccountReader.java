package be.crmconnector.sources.salesforce;

import be.crmconnector.model.SourceRecord;
import be.crmconnector.sources.cursor.ChangeCursors;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Accounts of one sync, with their Contacts, through every page of one SOQL query. A full read asks
 * {@code query} for every live account; an incremental read asks {@code queryAll} for the accounts whose
 * SystemModstamp is at or after a time, deleted ones included, which become the deleted ids of the source. An account
 * met twice (same Id) is kept once, the copy with the latest SystemModstamp. Plain Java: the calls go through
 * {@link SalesforceApi}.
 */
public final class AccountReader {
    /** SOQL dateTime literal, whole seconds: the start is rounded down, which only widens the read. */
    private static final DateTimeFormatter SOQL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String CONTACTS = "(SELECT Id, FirstName, LastName, Email, Phone, Title FROM Contacts)";
    private static final int MAX_PAGES = 100_000;

    private final SalesforceApi api;
    private final SalesforceSettings settings;
    private final AccountMapper mapper;
    private final Clock clock;

    public AccountReader(SalesforceApi api, SalesforceSettings settings, Clock clock) {
        this.api = api;
        this.settings = settings;
        this.mapper = new AccountMapper(settings);
        this.clock = clock;
    }

    /**
     * @param source    the accounts read, ready for the pipeline
     * @param highWater the highest SystemModstamp read, capped at the time the read began (a record changed during
     *                  paging then lies after the cursor and is read again next time); empty when nothing was read
     * @param pages     pages fetched
     * @param nearHighWater Id → SystemModstamp of the accounts read within the overlap below the high water: the
     *                  next incremental read meets them again and drops them (see {@link ChangeCursors#noteSeen})
     */
    public record Result(SalesforceRecordSource source, Optional<Instant> highWater, int pages,
                         Map<String, Instant> nearHighWater) {
    }

    /**
     * @param changedFrom null for a full read; otherwise the SystemModstamp an incremental read starts at
     * @param alreadyRead {@code Id@SystemModstamp} of accounts an applied run read: met again in the overlap, dropped
     */
    public Result read(Instant changedFrom, Set<String> alreadyRead) {
        Instant began = clock.instant();
        long start = System.nanoTime();
        boolean incremental = changedFrom != null;
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        List<JsonNode> withoutId = new ArrayList<>();
        Instant highest = null;
        String path = "/services/data/v" + settings.apiVersion() + "/" + (incremental ? "queryAll" : "query");
        JsonNode page = api.get(path, "q=" + URLEncoder.encode(soql(changedFrom), StandardCharsets.UTF_8));
        int pages = 1;
        while (true) {
            for (JsonNode account : page.path("records")) {
                Instant stamp = AccountMapper.modstamp(account);
                highest = later(highest, stamp);
                if (stamp == null || !alreadyRead.contains(ChangeCursors.seenKey(account.path("Id").asText(""), stamp))) {
                    keep(account, latest, withoutId);
                }
            }
            String next = page.path("nextRecordsUrl").asText("");
            if (page.path("done").asBoolean(true) || next.isEmpty()) {
                break;
            }
            if (++pages > MAX_PAGES) {
                throw new SalesforceCallException("Salesforce sent more than " + MAX_PAGES + " pages for one query");
            }
            page = api.get(next, null);
        }
        return result(latest, withoutId, incremental, changedFrom, pages, began, highest, start);
    }

    private Result result(Map<String, JsonNode> latest, List<JsonNode> withoutId, boolean incremental,
                          Instant changedFrom, int pages, Instant began, Instant highest, long start) {
        List<SourceRecord> records = new ArrayList<>();
        Set<String> deleted = new HashSet<>();
        long index = 0;
        for (JsonNode account : latest.values()) {
            if (account.path("IsDeleted").asBoolean(false)) {
                deleted.add(account.path("Id").asText());
            } else {
                records.add(mapper.map(++index, account));
            }
        }
        for (JsonNode account : withoutId) {
            records.add(mapper.map(++index, account));
        }
        String notes = "Salesforce Accounts" + (incremental ? " changed since " + SOQL_TIME.format(changedFrom)
                + " (queryAll)" : ", full read") + ": " + records.size() + " account(s), " + deleted.size()
                + " deleted, from " + pages + " page(s) read in "
                + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9) + " s";
        Optional<Instant> highWater = Optional.ofNullable(highest).map(h -> h.isAfter(began) ? began : h);
        Map<String, Instant> nearHighWater = new LinkedHashMap<>();
        highWater.ifPresent(mark -> latest.forEach((id, account) -> {
            Instant stamp = AccountMapper.modstamp(account);
            if (stamp != null && !stamp.isBefore(mark.minus(settings.overlap()))) {
                nearHighWater.put(id, stamp);
            }
        }));
        return new Result(new SalesforceRecordSource(records, deleted, !incremental, notes), highWater, pages,
                nearHighWater);
    }

    /** The same Id twice (it moved while paging, or a retried page): the later SystemModstamp wins. */
    private static void keep(JsonNode account, Map<String, JsonNode> latest, List<JsonNode> withoutId) {
        String id = account.path("Id").asText("");
        if (id.isEmpty()) {
            withoutId.add(account);
            return;
        }
        JsonNode earlier = latest.get(id);
        Instant stamp = AccountMapper.modstamp(account);
        Instant earlierStamp = earlier == null ? null : AccountMapper.modstamp(earlier);
        if (earlier == null || (stamp != null && (earlierStamp == null || stamp.isAfter(earlierStamp)))) {
            latest.put(id, account);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /** The SOQL of a full (null) or incremental read: the mapped Account fields and the Contacts sub-query. */
    public String soql(Instant changedFrom) {
        List<String> conditions = new ArrayList<>();
        if (changedFrom != null) {
            conditions.add("SystemModstamp >= " + SOQL_TIME.format(changedFrom));
        }
        if (settings.where() != null && !settings.where().isBlank()) {
            // Bracketed only when it needs to be, the simulator reads plain AND-joined conditions
            String where = settings.where().trim();
            conditions.add(changedFrom != null && where.toUpperCase(Locale.ROOT).contains(" OR ") ? "(" + where + ")"
                    : where);
        }
        return "SELECT " + String.join(", ", mapper.accountFields()) + ", " + CONTACTS + " FROM Account"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }
}
