package be.crmconnector.validation;

/** The account name a client gets when none is given: the company name, else "First Last" (TaxDome seed). */
public final class AccountNames {
    private AccountNames() {
    }

    public static String derive(String firstName, String lastName, String companyName) {
        if (companyName != null && !companyName.isBlank()) {
            return companyName.strip();
        }
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        return (first + " " + last).strip();
    }
}
