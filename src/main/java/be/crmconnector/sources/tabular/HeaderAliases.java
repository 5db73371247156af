package be.crmconnector.sources.tabular;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.FieldPath;
import be.crmconnector.normalise.TextNormaliser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Header names that office staff really use, in French, Dutch and English, mapped to field keys; they include the
 * column names of Upflow's client import (seed 004: "Nom du client", "Identifiant externe", "ID externe", "Région /
 * Etat", "Adresse mail", "Numéro de téléphone", "Poste" …) in their French, Dutch and English forms. Matching folds
 * case, accents, punctuation and odd spaces, so {@code "Prénom "}, {@code "PRENOM"} and {@code "prénom"} agree.
 */
public final class HeaderAliases {
    static final String EXTERNAL_ID = FieldPath.EXTERNAL_ID;

    private static final Map<String, List<String>> BUILT_IN = Map.ofEntries(
            Map.entry(EXTERNAL_ID, List.of("external id", "id", "reference", "référence", "ref", "code client",
                    "client code", "customer code", "klantcode", "klantnummer", "numéro client", "client number",
                    "dossier", "dossiernummer", "numéro de dossier", "unique identifier", "identifiant externe",
                    "id externe", "référence externe", "external reference", "external identifier", "externe id",
                    "extern id", "externe referentie", "referentie")),
            Map.entry(ClientField.KIND.key(), List.of("kind", "type", "client type", "type de client", "klanttype", "soort")),
            Map.entry(ClientField.DISPLAY_NAME.key(), List.of("display name", "name", "account name", "nom du compte",
                    "nom du client", "nom client", "client name", "customer name", "klantnaam", "naam klant",
                    "accountnaam", "naam", "dénomination")),
            Map.entry(ClientField.FIRST_NAME.key(), List.of("first name", "firstname", "given name", "prénom", "voornaam")),
            Map.entry(ClientField.LAST_NAME.key(), List.of("last name", "lastname", "surname", "family name", "nom",
                    "nom de famille", "achternaam", "familienaam")),
            Map.entry(ClientField.COMPANY_NAME.key(), List.of("company", "company name", "société", "entreprise",
                    "raison sociale", "nom de la société", "bedrijf", "bedrijfsnaam", "firma", "firmanaam", "organisation")),
            Map.entry(ClientField.EMAIL.key(), List.of("email", "e-mail", "mail", "email address", "adresse e-mail",
                    "adresse email", "adresse mail", "adresse de courriel", "courriel", "e-mailadres", "emailadres",
                    "mailadres")),
            Map.entry(ClientField.LANGUAGE.key(), List.of("language", "langue", "taal", "lang")),
            Map.entry(ClientField.NATIONAL_NUMBER.key(), List.of("national number", "national register number",
                    "numéro national", "numéro de registre national", "registre national", "niss", "rijksregisternummer",
                    "rijksregister", "insz")),
            Map.entry(ClientField.PARTNER_NATIONAL_NUMBER.key(), List.of("partner national number",
                    "partner national register number", "numéro national du partenaire",
                    "numéro de registre national du partenaire", "rijksregisternummer partner")),
            Map.entry(ClientField.VAT_NUMBER.key(), List.of("vat", "vat number", "tva", "numéro de tva", "n° tva",
                    "no tva", "btw", "btw nummer", "btw-nummer", "ondernemingsnummer", "numéro d'entreprise",
                    "numéro bce", "enterprise number", "company number")),
            Map.entry(ClientField.ACCOUNTING_CODE.key(), List.of("accounting code", "code comptable", "boekhoudcode")),
            Map.entry(ClientField.STREET.key(), List.of("street", "address", "adresse", "rue", "straat", "adres")),
            Map.entry(ClientField.POSTAL_CODE.key(), List.of("postal code", "postcode", "zip", "zip code", "code postal", "cp")),
            Map.entry(ClientField.CITY.key(), List.of("city", "town", "ville", "localité", "commune", "gemeente", "stad", "plaats")),
            Map.entry(ClientField.REGION.key(), List.of("region", "région", "provincie", "province", "state",
                    "région / état", "état / région", "region / state", "state / region", "regio", "regio / staat",
                    "staat / regio", "provincie / staat")),
            Map.entry(ClientField.COUNTRY.key(), List.of("country", "pays", "land")),
            Map.entry(ClientField.PHONE.key(), List.of("phone", "telephone", "téléphone", "tel", "tél", "telefoon",
                    "gsm", "mobile", "phone number", "numéro de téléphone", "telefoonnummer")),
            Map.entry(ClientField.LABEL.key(), List.of("label", "étiquette", "file manager", "gestionnaire de dossier",
                    "dossierbeheerder")),
            Map.entry(ClientField.ACCOUNT_MANAGER.key(), List.of("account manager", "responsable de compte",
                    "responsable", "accountmanager", "accountbeheerder", "verantwoordelijke")),
            Map.entry(ClientField.WORKFLOW.key(), List.of("workflow", "dunning plan", "plan de relance", "aanmaningsplan")),
            Map.entry(ClientField.QUESTIONNAIRE.key(), List.of("questionnaire", "vragenlijst")),
            Map.entry(ClientField.BIRTH_DATE.key(), List.of("birth date", "date of birth", "birthdate", "dob",
                    "date de naissance", "née le", "né le", "geboortedatum", "geboren op")),
            Map.entry(ContactField.CONTACT_FIRST_NAME.key(), List.of("contact first name", "prénom du contact",
                    "voornaam contact", "contact voornaam")),
            Map.entry(ContactField.CONTACT_LAST_NAME.key(), List.of("contact last name", "nom du contact",
                    "achternaam contact", "contact achternaam")),
            Map.entry(ContactField.CONTACT_EMAIL.key(), List.of("contact email", "contact e-mail", "e-mail du contact",
                    "email du contact", "email contact", "e-mail contact")),
            Map.entry(ContactField.CONTACT_PHONE.key(), List.of("contact phone", "téléphone du contact",
                    "telefoon contact", "contact telefoon")),
            Map.entry(ContactField.CONTACT_POSITION.key(), List.of("contact position", "position", "job title",
                    "fonction", "poste", "poste du contact", "functie", "functie contact")),
            Map.entry(ContactField.CONTACT_REFERENCE.key(), List.of("contact reference", "référence du contact",
                    "contact referentie")),
            Map.entry(ContactField.CONTACT_PRIMARY.key(), List.of("primary", "primary contact", "principal",
                    "contact principal", "main contact", "hoofdcontact", "hoofdcontactpersoon")));

    /**
     * The built-in aliases (and the field keys themselves), folded once. A name that would mean two fields stops the
     * class from loading: which one won would depend on the order of a hash map.
     */
    private static final Map<String, String> BUILT_IN_BY_FOLDED_ALIAS = foldBuiltIn();

    private final Map<String, String> fieldByFoldedAlias = new HashMap<>(BUILT_IN_BY_FOLDED_ALIAS);

    /** @param extra the connector's own aliases per field key; they win over the built-in ones */
    public HeaderAliases(Map<String, List<String>> extra) {
        extra.forEach((field, aliases) -> {
            register(field, aliases);
            register(field, List.of(field));
        });
    }

    private static Map<String, String> foldBuiltIn() {
        Map<String, String> folded = new HashMap<>();
        BUILT_IN.forEach((field, aliases) -> Stream.concat(Stream.of(field), aliases.stream()).forEach(alias -> {
            String earlier = folded.put(TextNormaliser.foldForMatching(alias), field);
            if (earlier != null && !earlier.equals(field)) {
                throw new IllegalStateException("The built-in header name '" + alias + "' would mean both " + earlier
                        + " and " + field);
            }
        }));
        return Map.copyOf(folded);
    }

    private void register(String field, List<String> aliases) {
        aliases.forEach(alias -> fieldByFoldedAlias.put(TextNormaliser.foldForMatching(alias), field));
    }

    public Optional<String> fieldFor(String header) {
        return Optional.ofNullable(fieldByFoldedAlias.get(TextNormaliser.foldForMatching(header)));
    }
}
