package be.crmconnector.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The keyed hash a suppression keeps of a person's key: HMAC-SHA256 of the normalised value, with a key from
 * configuration ({@code crm.erasure.suppression-key}, env {@code CRM_SUPPRESSION_KEY}).
 *
 * <p>Keyed, not a plain SHA-256: a Belgian national number has a few tens of millions of possible values per century
 * of birth dates, and an e-mail is often guessable, so a plain hash is reversed by trying them all in minutes. With
 * the key kept out of the database, a copy of the database alone does not give the erased people back. Changing the
 * key makes every existing suppression stop matching (say so before rotating it).
 */
@Component
public class SuppressionKeys {
    private static final Logger LOG = LoggerFactory.getLogger(SuppressionKeys.class);
    /** Only for a machine where nobody set a key: suppressions still work, but offer less protection. */
    private static final String DEVELOPMENT_KEY = "crm-connector-development-suppression-key";

    /** Which key of the person a hash stands for, and how an answer names it. */
    public enum Kind {
        NATIONAL_NUMBER("national register number"), EMAIL("e-mail address"), EXTERNAL_REF("external reference");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final SecretKeySpec key;
    /** One initialised MAC per thread: staging hashes up to three keys of every record while a suppression exists. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public SuppressionKeys(@Value("${crm.erasure.suppression-key:}") String configuredKey) {
        String secret = configuredKey == null || configuredKey.isBlank() ? DEVELOPMENT_KEY : configuredKey;
        if (secret.equals(DEVELOPMENT_KEY)) {
            LOG.warn("crm.erasure.suppression-key (CRM_SUPPRESSION_KEY) is not set: suppression hashes use the"
                    + " built-in development key. Set a secret key before erasing anyone in production.");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of a national number: its digits only, so that 85.07.30-033.28 and 85073003328 are one person. */
    public String nationalNumber(String value) {
        String digits = value == null ? "" : value.replaceAll("\\D", "");
        return digits.isEmpty() ? null : hash(Kind.NATIONAL_NUMBER, digits);
    }

    /** The hash of an e-mail address, trimmed and lower-cased as the store compares them. */
    public String email(String value) {
        String address = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return address.isEmpty() ? null : hash(Kind.EMAIL, address);
    }

    /** The hash of a connector's external reference: the same id in another connector is another record. */
    public String externalRef(String connectorId, String externalId) {
        return externalId == null || externalId.isBlank() ? null
                : hash(Kind.EXTERNAL_REF, connectorId + "\n" + externalId.trim());
    }

    private String hash(Kind kind, String normalised) {
        // The kind is hashed too: an e-mail and an external id that happen to be spelled alike stay apart.
        return HexFormat.of().formatHex(macs.get().doFinal((kind.name() + ":" + normalised)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
