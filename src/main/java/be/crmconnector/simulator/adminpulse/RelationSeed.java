package be.crmconnector.simulator.adminpulse;

import be.crmconnector.simulator.adminpulse.BelgianNames.City;
import be.crmconnector.simulator.adminpulse.BelgianNames.Community;
import be.crmconnector.simulator.adminpulse.Relation.Address;
import be.crmconnector.simulator.adminpulse.Relation.Email;
import be.crmconnector.simulator.adminpulse.Relation.Phone;
import be.crmconnector.simulator.adminpulse.Relation.ResponsibleEmployee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seed data for the simulator: generated (deterministic for a given seed) or read from a JSON file.
 * <p>
 * Generated data: relation 0 is the office itself (OwnCompany); roughly 45 % persons, 20 % sole proprietors,
 * 35 % companies. Exactly the relations at index {@code i % 50 == 17} (2 %) are deliberately invalid: a bad
 * e-mail, or for persons and sole proprietors every other time a national number with a wrong check. Their ids
 * and what is wrong are in {@link SeedData#deliberatelyInvalid()}.
 */
public final class RelationSeed {

    public static final String DEMO_RESOURCE = "/simulator/adminpulse-seed.json";

    private static final Instant EPOCH_OF_EDITS = Instant.parse("2024-01-01T00:00:00Z");
    private static final int TWO_YEARS_SECONDS = 2 * 365 * 24 * 3600;
    private static final List<ResponsibleEmployee> STAFF = List.of(
            new ResponsibleEmployee("Sofie Verstraete", "sofie@verstraete-boekhouding.be", "Responsible"),
            new ResponsibleEmployee("Pieter Maes", "pieter@verstraete-boekhouding.be", "Responsible"),
            new ResponsibleEmployee("Hélène Dubois", "helene@verstraete-boekhouding.be", "Responsible"),
            new ResponsibleEmployee("Jens Claes", "jens@verstraete-boekhouding.be", "Associate"),
            new ResponsibleEmployee("Zoë Van Damme", "zoe@verstraete-boekhouding.be", "Associate"));

    private final Random random;
    private final Map<String, String> invalid = new LinkedHashMap<>();
    private Instant previousEdit = EPOCH_OF_EDITS;

    private RelationSeed(long seed) {
        this.random = new Random(seed);
    }

    /** The same {@code seed} and {@code count} always give the same relations, ids and tasks. */
    public static SeedData generate(long seed, int count) {
        RelationSeed generator = new RelationSeed(seed);
        List<Relation> relations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            relations.add(i == 0 ? generator.ownCompany() : generator.relation(i));
        }
        List<Task> tasks = new TaskSeed(new Random(seed ^ 0x5EEDL)).tasksFor(relations);
        return new SeedData(relations, tasks, generator.invalid);
    }

    /** The ~30 handwritten relations of {@value #DEMO_RESOURCE}, used by the demo profile. */
    public static SeedData demo() {
        try (InputStream in = RelationSeed.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEMO_RESOURCE);
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code {"relations":[...], "tasks":[...], "deliberatelyInvalid":{id: reason}}}; all optional. */
    public static SeedData fromJson(InputStream json) throws IOException {
        SeedFile file = Json.MAPPER.readValue(json, SeedFile.class);
        return new SeedData(file.relations() == null ? List.of() : file.relations(),
                file.tasks() == null ? List.of() : file.tasks(),
                file.deliberatelyInvalid() == null ? Map.of() : file.deliberatelyInvalid());
    }

    private record SeedFile(List<Relation> relations, List<Task> tasks, Map<String, String> deliberatelyInvalid) {
    }

    private Relation ownCompany() {
        String enterprise = BelgianNumbers.enterpriseNumber(random);
        return new Relation(BelgianNumbers.uuid(random), "0001", "Company", "OwnCompany", "Verstraete Boekhouding BV",
                "Boekhoudkantoor Verstraete", null, null, "nl", BelgianNumbers.vatNumber(enterprise), null,
                new Address("Kouter 12", "9000", "Gent", "BE"),
                List.of(new Email("info@verstraete-boekhouding.be", "Work")),
                List.of(new Phone("+32 9 225 14 80", "Phone")), List.of(STAFF.get(0)), null, nextEdit());
    }

    private Relation relation(int index) {
        Community community = BelgianNames.community(random);
        City city = BelgianNames.city(random, community);
        int kindRoll = random.nextInt(100);
        String type = kindRoll < 45 ? "Person" : kindRoll < 65 ? "SoleProprietor" : "Company";
        boolean male = random.nextBoolean();
        String first = BelgianNames.pick(random, male ? community.maleFirst() : community.femaleFirst());
        String last = BelgianNames.pick(random, community.last());
        boolean company = "Company".equals(type);
        String name = company ? String.format(BelgianNames.pick(random, community.companyPatterns()), last)
                : first + " " + last;
        String commercialName = commercialName(type, first, last, community);
        String vat = "Person".equals(type) ? null : BelgianNumbers.vatNumber(BelgianNumbers.enterpriseNumber(random));
        String national = company ? null : nationalNumber(male);
        String mail = company ? "info@" + BelgianNames.companyDomain(name) : BelgianNames.personalMail(random, first, last);
        String id = BelgianNumbers.uuid(random);

        if (index % 50 == 17) {
            if (national != null && index % 100 == 17) {
                national = BelgianNumbers.withWrongCheck(national);
                invalid.put(id, "national number with a wrong check digit");
            } else {
                boolean doubleAt = index % 150 == 67;
                mail = doubleAt ? mail.replace("@", "@@") : mail.replace("@", ".");
                invalid.put(id, doubleAt ? "e-mail address with two @" : "e-mail address without @");
            }
        }
        String language = !company && random.nextInt(100) < 3 ? "en" : city.language();
        String[] status = status();
        return new Relation(id, String.valueOf(1000 + index), type, status[0], name, commercialName,
                company ? null : first, company ? null : last, language, vat, national,
                new Address(BelgianNames.street(random, community), city.postalCode(), city.name(), "BE"),
                emails(mail, company, name), phones(city), responsibleEmployees(),
                status[1] == null ? null : LocalDate.parse(status[1]), nextEdit());
    }

    private String commercialName(String type, String first, String last, Community community) {
        if ("Person".equals(type) || random.nextInt(100) >= 40) {
            return null;
        }
        String pattern = BelgianNames.pick(random, community.tradeNames());
        return String.format(pattern, random.nextBoolean() ? last : first);
    }

    /** Formatted as on the identity card about a third of the time, compact otherwise, as real exports mix both. */
    private String nationalNumber(boolean male) {
        String number = BelgianNumbers.nationalNumber(BelgianNumbers.birthDate(random), BelgianNumbers.counter(random, male));
        return random.nextInt(3) == 0 ? BelgianNumbers.formatted(number) : number;
    }

    /** @return status and, for ended relations, an end date */
    private String[] status() {
        int roll = random.nextInt(100);
        if (roll < 78) {
            return new String[] {"Customer", null};
        }
        if (roll < 90) {
            return new String[] {"Prospect", null};
        }
        return new String[] {"Other", random.nextBoolean() ? "2025-12-31" : null};
    }

    private List<Email> emails(String mail, boolean company, String name) {
        if (company && random.nextInt(3) == 0) {
            return List.of(new Email(mail, "Work"), new Email("boekhouding@" + BelgianNames.companyDomain(name), "Invoicing"));
        }
        return List.of(new Email(mail, company ? "Work" : "Private"));
    }

    private List<Phone> phones(City city) {
        List<Phone> phones = new ArrayList<>();
        phones.add(new Phone(BelgianNumbers.mobile(random), "Mobile"));
        if (random.nextBoolean()) {
            phones.add(new Phone(BelgianNumbers.landLine(random, city.zone()), "Phone"));
        }
        return phones;
    }

    private List<ResponsibleEmployee> responsibleEmployees() {
        ResponsibleEmployee responsible = STAFF.get(random.nextInt(3));
        return random.nextBoolean() ? List.of(responsible) : List.of(responsible, STAFF.get(3 + random.nextInt(2)));
    }

    /** Mostly increasing edit times, with one in twenty equal to the previous: equal timestamps catch clients out. */
    private Instant nextEdit() {
        if (random.nextInt(20) != 0) {
            previousEdit = EPOCH_OF_EDITS.plusSeconds(random.nextInt(TWO_YEARS_SECONDS));
        }
        return previousEdit;
    }
}
