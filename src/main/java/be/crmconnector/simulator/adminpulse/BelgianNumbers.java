package be.crmconnector.simulator.adminpulse;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/** Generates Belgian identifiers and phone numbers that pass (or, on purpose, fail) the official checks. */
public final class BelgianNumbers {

    private BelgianNumbers() {
    }

    /** Enterprise number: first digit 0 or 1 (1 only for recent registrations), check = 97 − (first 8 mod 97). */
    public static String enterpriseNumber(Random random) {
        long body = (random.nextInt(10) == 0 ? 10_000_000L : 0L) + 2_000_000 + random.nextInt(8_000_000);
        return String.format("%08d%02d", body, 97 - body % 97);
    }

    /** How AdminPulse shows a VAT number: BE prefix, compact. */
    public static String vatNumber(String enterpriseNumber) {
        return "BE" + enterpriseNumber;
    }

    /** National register number YYMMDDSSSCC; a birth in 2000 or later puts a 2 before the nine digits. */
    public static String nationalNumber(LocalDate birthDate, int counter) {
        long nine = Long.parseLong(String.format("%02d%02d%02d%03d",
                birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth(), counter));
        return String.format("%09d%02d", nine, nationalCheck(nine, birthDate.getYear() >= 2000));
    }

    /**
     * The same number with a check that neither the 19xx nor the 20xx reading accepts, so no lenient
     * validator can rescue it.
     */
    public static String withWrongCheck(String nationalNumber) {
        String digits = nationalNumber.replaceAll("\\D", "");
        long nine = Long.parseLong(digits.substring(0, 9));
        long check = Long.parseLong(digits.substring(9));
        long wrong = check;
        while (wrong == check || wrong == nationalCheck(nine, false) || wrong == nationalCheck(nine, true)) {
            wrong = wrong % 97 + 1;
        }
        String broken = String.format("%09d%02d", nine, wrong);
        return nationalNumber.equals(digits) ? broken : formatted(broken);
    }

    /** "85.07.30-033.28", the way the number is printed on the identity card. */
    public static String formatted(String nationalNumber) {
        String n = nationalNumber;
        return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-" + n.substring(6, 9)
                + "." + n.substring(9);
    }

    public static LocalDate birthDate(Random random) {
        return LocalDate.of(1940, 1, 1).plusDays(random.nextInt(66 * 365));
    }

    /** Counter 1..997: odd for men, even for women. */
    public static int counter(Random random, boolean male) {
        int counter = 1 + random.nextInt(996);
        return counter % 2 == (male ? 1 : 0) ? counter : counter + 1;
    }

    public static String mobile(Random random) {
        return String.format("+32 4%02d %02d %02d %02d", 70 + random.nextInt(30), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
    }

    /** Land line in the city's zone; one-digit zones (2, 3, 4, 9) have seven-digit subscriber numbers. */
    public static String landLine(Random random, String zone) {
        if (zone.length() == 1) {
            return String.format("+32 %s %03d %02d %02d", zone, 200 + random.nextInt(800), random.nextInt(100),
                    random.nextInt(100));
        }
        return String.format("+32 %s %02d %02d %02d", zone, 10 + random.nextInt(90), random.nextInt(100),
                random.nextInt(100));
    }

    /** A random (version 4) UUID drawn from the seeded generator, so ids are stable across runs. */
    public static String uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static long nationalCheck(long nine, boolean bornFrom2000) {
        long base = bornFrom2000 ? 2_000_000_000L + nine : nine;
        return 97 - base % 97;
    }
}
