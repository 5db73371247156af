package be.crmconnector.simulator.adminpulse;

import java.time.Year;

/**
 * The official check-digit rules, written again independently of the generator so a generator bug cannot
 * hide behind its own arithmetic.
 */
final class BelgianChecks {

    private BelgianChecks() {
    }

    static boolean validEnterpriseNumber(String value) {
        String digits = value.replaceFirst("^BE", "").replaceAll("[^0-9]", "");
        if (!digits.matches("[01]\\d{9}") || digits.matches("0+")) {
            return false;
        }
        long firstEight = Long.parseLong(digits.substring(0, 8));
        return 97 - firstEight % 97 == Long.parseLong(digits.substring(8));
    }

    static boolean validNationalNumber(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() != 11) {
            return false;
        }
        int month = Integer.parseInt(digits.substring(2, 4));
        if (month > 12) {
            return false;
        }
        long nine = Long.parseLong(digits.substring(0, 9));
        long check = Long.parseLong(digits.substring(9));
        int yy = Integer.parseInt(digits.substring(0, 2));
        boolean twentiethCentury = 97 - nine % 97 == check;
        boolean from2000 = 2000 + yy <= Year.now().getValue() && 97 - (2_000_000_000L + nine) % 97 == check;
        return twentiethCentury || from2000;
    }

    /** Deliberately simple: one @, something before it, a dotted domain after it. */
    static boolean plausibleEmail(String value) {
        return value.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    }
}
