package be.crmconnector.ownership;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldGroup;

import java.util.EnumMap;
import java.util.Map;

/**
 * One connector's ownership declarations (the {@code ownership:} block of its file): a default rule, presets per field
 * group, and per-field overrides, which win over their group.
 *
 * @param custom per-field rules of custom fields, by name; a custom field without one follows the details group
 */
public record OwnershipRules(FieldRule defaultRule, Map<FieldGroup, FieldRule> groups, Map<ClientField, FieldRule> fields,
                             Map<String, FieldRule> custom) {

    /** Every field {@link FieldRule#PREFER_SOURCE}: what a connector file without an ownership block means. */
    public static final OwnershipRules PREFER_SOURCE = new OwnershipRules(FieldRule.PREFER_SOURCE, Map.of(), Map.of());

    public OwnershipRules(FieldRule defaultRule, Map<FieldGroup, FieldRule> groups, Map<ClientField, FieldRule> fields) {
        this(defaultRule, groups, fields, Map.of());
    }

    public OwnershipRules {
        custom = custom == null || custom.isEmpty() ? Map.of() : Map.copyOf(custom);
        groups = groups.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(groups));
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
    }

    /** The field's own override, else its group's preset, else the default. */
    public FieldRule ruleFor(ClientField field) {
        FieldRule own = fields.get(field);
        return own != null ? own : groupRule(field.group());
    }

    /** A custom field's own rule, else the details group's preset, else the default. */
    public FieldRule ruleForCustom(String name) {
        FieldRule own = custom.get(name);
        return own != null ? own : groupRule(FieldGroup.DETAILS);
    }

    public FieldRule groupRule(FieldGroup group) {
        return groups.getOrDefault(group, defaultRule);
    }

    /** Whether these rules claim the field as the connector's own, so that no other connector may write it. */
    public boolean owns(ClientField field) {
        return ruleFor(field) == FieldRule.SOURCE_OWNS;
    }

    /** Every field's and group's effective rule, in a fixed order: what sync markers remember of the rules. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (ClientField field : ClientField.values()) {
            text.append(field.key()).append('=').append(ruleFor(field)).append(';');
        }
        for (FieldGroup group : FieldGroup.values()) {
            text.append(group).append('=').append(groupRule(group)).append(';');
        }
        new java.util.TreeMap<>(custom).forEach((name, rule) -> text.append("custom.").append(name).append('=')
                .append(rule).append(';'));
        return text.toString();
    }
}
