package be.crmconnector.simulator.adminpulse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One AdminPulse relation as the API returns it (camelCase JSON). Fields a given type does not use are null,
 * as the real API leaves them empty rather than omitting them.
 *
 * @param id        the relation's unique identifier: stable, the key a connector stores as external reference
 * @param type      "Company" | "SoleProprietor" | "Person"
 * @param status    "Customer" | "Prospect" | "OwnCompany" | "Other"
 * @param language  "nl" | "fr" | "de" | "en"
 */
public record Relation(
        String id,
        String customerCode,
        String type,
        String status,
        String name,
        String commercialName,
        String firstName,
        String lastName,
        String language,
        String vatNumber,
        String nationalNumber,
        Address address,
        List<Email> emails,
        List<Phone> phones,
        List<ResponsibleEmployee> responsibleEmployees,
        LocalDate endDate,
        Instant lastModified) {

    public record Address(String street, String postalCode, String city, String country) {
    }

    public record Email(String address, String type) {
    }

    public record Phone(String number, String type) {
    }

    public record ResponsibleEmployee(String name, String email, String profile) {
    }

    public Relation withLastModified(Instant instant) {
        return new Relation(id, customerCode, type, status, name, commercialName, firstName, lastName, language,
                vatNumber, nationalNumber, address, emails, phones, responsibleEmployees, endDate, instant);
    }
}
