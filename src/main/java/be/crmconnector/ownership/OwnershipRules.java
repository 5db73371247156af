package be.crmconnector.ownership;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldGroup;

import java.util.EnumMap;
import java.util.Map;

/**
 * One connector's ownership declarations (the {@code ownership:} block of its file): a default rule, presets per field
 * group, and per-field overrides, which win over their group.
 */
public record OwnershipRules(FieldRule defaultRule, Map<FieldGroup, FieldRule> groups, Map<ClientField, FieldRule> fields) {

    /** Every field {@link FieldRule#PREFER_SOURCE}: what a connector file without an ownership block means. */
    public static final OwnershipRules PREFER_SOURCE = new OwnershipRules(FieldRule.PREFER_SOURCE, Map.of(), Map.of());

    public OwnershipRules {
        groups = groups.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(groups));
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
    }

    /** The field's own override, else its group's preset, else the default. */
    public FieldRule ruleFor(ClientField field) {
        FieldRule own = fields.get(field);
        return own != null ? own : groupRule(field.group());
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
        return text.toString();
    }
}
