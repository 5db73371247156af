package be.crmconnector.simulator.salesforce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts and Contacts in memory, and the open query cursors. A query fixes the list of matching ids at its
 * start (as a Salesforce query locator does, see {@link SfQueryHandler}), but each page shows the records as they
 * are when the page is served: this is what makes "changed during paging" observable.
 */
public final class SfRecordStore {

    private final Clock clock;
    private final Map<String, SfRecord> accounts = new ConcurrentHashMap<>();
    private final Map<String, SfRecord> contacts = new ConcurrentHashMap<>();
    /**
     * Contact ids by AccountId, kept by {@link #put}: a page of 2,000 accounts looks up each one's contacts, which
     * by a scan of every contact made 100,000 accounts (the benchmark's) cost hours.
     */
    private final Map<String, Set<String>> contactIdsByAccount = new ConcurrentHashMap<>();
    private final AtomicInteger idCount = new AtomicInteger();

    SfRecordStore(Clock clock) {
        this.clock = clock;
    }

    public void put(SfRecord record) {
        if (record.type().equals("Account")) {
            accounts.put(record.id(), record);
        } else {
            contacts.put(record.id(), record);
            contactIdsByAccount.computeIfAbsent(String.valueOf(record.field("AccountId")),
                    account -> ConcurrentHashMap.newKeySet()).add(record.id());
        }
    }

    /** Forgets every account and contact, so that one running simulator can serve test after test. */
    public void clear() {
        accounts.clear();
        contacts.clear();
        contactIdsByAccount.clear();
    }

    public Instant now() {
        return clock.instant();
    }

    /** A new 18-character id with the object's key prefix (001 Account, 003 Contact). */
    public String newId(String type) {
        String prefix = type.equals("Account") ? "001" : "003";
        return prefix + "5g00000" + String.format("%08d", idCount.incrementAndGet());
    }

    public SfRecord account(String id) {
        return accounts.get(id);
    }

    public List<SfRecord> contactsOf(String accountId) {
        return contactIdsByAccount.getOrDefault(accountId, Set.of()).stream().map(contacts::get)
                .filter(c -> accountId.equals(c.field("AccountId"))) // unless touched onto another account since
                .sorted(Comparator.comparing(SfRecord::id)).toList();
    }

    /** The ids of the accounts not deleted, in Id order. */
    public List<String> liveAccountIds() {
        return accounts.values().stream().filter(a -> !a.deleted()).map(SfRecord::id).sorted().toList();
    }

    public int liveAccounts() {
        return (int) accounts.values().stream().filter(a -> !a.deleted()).count();
    }

    /** Sets a field and stamps SystemModstamp with the clock. */
    public SfRecord touch(String type, String id, String field, Object value) {
        SfRecord record = (type.equals("Account") ? accounts : contacts).get(id);
        record.set(field, value, now());
        return record;
    }

    /** Soft delete with its contacts, as the recycle bin does: visible to queryAll only. */
    public void delete(String accountId) {
        Instant now = now();
        accounts.get(accountId).markDeleted(now);
        contactsOf(accountId).forEach(c -> c.markDeleted(now));
    }

    /** The ids of the matching records ordered by SystemModstamp, Id: what a query locator pages through. */
    List<String> matching(SoqlQuery query, boolean includeDeleted) {
        Map<String, SfRecord> source = query.object().equals("Account") ? accounts : contacts;
        return source.values().stream()
                .filter(r -> includeDeleted || !r.deleted())
                .filter(query::matches)
                .sorted(Comparator.comparing(SfRecord::systemModstamp).thenComparing(SfRecord::id))
                .map(SfRecord::id).toList();
    }

    List<SfRecord> page(SoqlQuery query, List<String> ids, int from, int size) {
        Map<String, SfRecord> source = query.object().equals("Account") ? accounts : contacts;
        List<SfRecord> page = new ArrayList<>();
        for (int i = from; i < Math.min(ids.size(), from + size); i++) {
            page.add(source.get(ids.get(i)));
        }
        return page;
    }
}
