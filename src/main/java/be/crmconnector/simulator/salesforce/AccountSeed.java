package be.crmconnector.simulator.salesforce;

import be.crmconnector.simulator.adminpulse.BelgianNames;
import be.crmconnector.simulator.adminpulse.BelgianNames.City;
import be.crmconnector.simulator.adminpulse.BelgianNames.Community;
import be.crmconnector.simulator.adminpulse.BelgianNumbers;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic Belgian accounts (companies with an enterprise number, VAT__c and Language__c custom fields, a
 * billing address in their language community) and their contacts. Modstamps are spread over the 30 days
 * before the store's clock so a first incremental read sees them all.
 */
public final class AccountSeed {

    private AccountSeed() {
    }

    public static void generate(SfRecordStore store, long seed, int accounts, int contactsPerAccount) {
        Random random = new Random(seed);
        Instant now = store.now();
        for (int i = 0; i < accounts; i++) {
            Instant modstamp = now.minus(Duration.ofMinutes(1 + random.nextInt(30 * 24 * 60)));
            SfRecord account = account(random, store.newId("Account"), modstamp);
            store.put(account);
            for (int c = 0; c < contactsPerAccount; c++) {
                store.put(contact(random, store.newId("Contact"), account, modstamp));
            }
        }
    }

    private static SfRecord account(Random random, String id, Instant modstamp) {
        Community community = BelgianNames.community(random);
        City city = BelgianNames.city(random, community);
        String owner = BelgianNames.pick(random, community.last());
        String enterprise = BelgianNumbers.enterpriseNumber(random);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Name", String.format(BelgianNames.pick(random, community.companyPatterns()), owner));
        fields.put("AccountNumber", "SF" + id.substring(id.length() - 6));
        fields.put("Type", random.nextInt(10) == 0 ? "Prospect" : "Customer");
        fields.put("BillingStreet", BelgianNames.street(random, community));
        fields.put("BillingPostalCode", city.postalCode());
        fields.put("BillingCity", city.name());
        fields.put("BillingCountry", "Belgium");
        fields.put("Phone", BelgianNumbers.landLine(random, city.zone()));
        fields.put("VAT__c", BelgianNumbers.vatNumber(enterprise));
        fields.put("Language__c", city.language());
        return new SfRecord("Account", id, fields, modstamp);
    }

    private static SfRecord contact(Random random, String id, SfRecord account, Instant modstamp) {
        Community community = BelgianNames.community(random);
        boolean male = random.nextBoolean();
        String first = BelgianNames.pick(random, male ? community.maleFirst() : community.femaleFirst());
        String last = BelgianNames.pick(random, community.last());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", account.id());
        fields.put("FirstName", first);
        fields.put("LastName", last);
        fields.put("Email", BelgianNames.personalMail(random, first, last));
        fields.put("Phone", BelgianNumbers.mobile(random));
        // Titles within the contact positions the product knows (Upflow's, in their Dutch and French words):
        // a free-text Title such as Zaakvoerder makes the contact invalid.
        fields.put("Title", BelgianNames.pick(random, java.util.List.of("Boekhouder", "Comptable", "Verkoper",
                "Acheteur", "Finance", "Aankoper")));
        return new SfRecord("Contact", id, fields, modstamp);
    }
}
