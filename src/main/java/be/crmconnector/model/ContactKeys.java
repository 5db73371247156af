package be.crmconnector.model;

import be.crmconnector.normalise.TextNormaliser;

import java.util.Locale;
import java.util.Map;

/** How a contact is recognised across imports: by e-mail when it has one, else by its folded name. */
public final class ContactKeys {
    private ContactKeys() {
    }

    public static String of(Map<ContactField, String> contact) {
        String email = contact.getOrDefault(ContactField.CONTACT_EMAIL, "");
        if (!email.isEmpty()) {
            return email.toLowerCase(Locale.ROOT);
        }
        String name = contact.getOrDefault(ContactField.CONTACT_FIRST_NAME, "") + " "
                + contact.getOrDefault(ContactField.CONTACT_LAST_NAME, "");
        return "name:" + TextNormaliser.foldForMatching(name);
    }
}
