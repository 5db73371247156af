package be.crmconnector.workspace;

import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.RecordIssue;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Optional;

/**
 * The custom fields declared in configuration ({@code crm.custom-fields}). The checking lives in
 * {@link CustomFieldCatalog}, which imports use too: a person's edit and an import check a value with the same code.
 */
@ConfigurationProperties(prefix = "crm")
public record CustomFieldDefinitions(List<CustomFieldCatalog.Definition> customFields) {
    public CustomFieldDefinitions {
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
    }

    /** The declarations as the import pipeline and the connector files use them. */
    public CustomFieldCatalog catalog() {
        return new CustomFieldCatalog(customFields);
    }

    public Optional<CustomFieldCatalog.Definition> find(String name) {
        return catalog().find(name);
    }

    /** See {@link CustomFieldCatalog#check}. */
    public String check(String key, String raw, List<RecordIssue> issues) {
        return catalog().check(key, raw, issues);
    }
}
