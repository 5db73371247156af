package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorSettings;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of a {@code salesforce} connector (the {@code salesforce:} block of its file). Client secret and password
 * are held as references such as {@code ${SF_CLIENT_SECRET}} only, resolved when a token is asked for.
 *
 * @param loginUrl          base of the token endpoint ({@code <loginUrl>/services/oauth2/token}), no trailing slash
 * @param grant             OAuth grant: client credentials, or password (then username and password)
 * @param clientIdReference {@code ${NAME}} of the connected app's client id
 * @param clientSecretReference {@code ${NAME}} of its secret
 * @param username          user for the password grant; null for client credentials
 * @param passwordReference {@code ${NAME}} of the user's password; null for client credentials
 * @param apiVersion        REST API version, e.g. 59.0
 * @param pageSize          asked batch size (Sforce-Query-Options), 200..2000
 * @param where             optional extra condition on Account, SOQL; null for none
 * @param fields            store field → Salesforce (custom) field, e.g. vatNumber → VAT__c
 * @param overlap           how far back before the cursor an incremental run reads again
 * @param schedule          Spring cron (6 fields) of incremental syncs; null = "sync now" only
 * @param fullSchedule      Spring cron (6 fields) of full syncs ({@code mode=full}, drift reported); null = none
 */
public record SalesforceSettings(String loginUrl, Grant grant, String clientIdReference,
                                 String clientSecretReference, String username, String passwordReference,
                                 String apiVersion, int pageSize, String where, Map<String, String> fields,
                                 Duration overlap, String schedule, String fullSchedule) implements ConnectorSettings {

    public enum Grant { CLIENT_CREDENTIALS, PASSWORD }

    public SalesforceSettings {
        fields = Map.copyOf(fields);
    }

    /** The same settings against another login URL (the demo points its connector at the simulator it started). */
    public SalesforceSettings withLoginUrl(String newLoginUrl) {
        return new SalesforceSettings(newLoginUrl, grant, clientIdReference, clientSecretReference, username,
                passwordReference, apiVersion, pageSize, where, fields, overlap, schedule, fullSchedule);
    }

    public String tokenUrl() {
        return loginUrl + "/services/oauth2/token";
    }

    /** How a record reads and compares: the field mapping, not where it comes from, never a secret. */
    @Override
    public String outcomeFingerprint() {
        return "salesforce fields=" + new java.util.TreeMap<>(fields);
    }

    @Override
    public String toString() {
        return "SalesforceSettings[loginUrl=" + loginUrl + ", grant=" + grant + ", apiVersion=" + apiVersion
                + ", pageSize=" + pageSize + ", where=" + where + ", fields=" + fields + ", overlap=" + overlap
                + ", schedule=" + schedule + ", fullSchedule=" + fullSchedule + "]";
    }
}
