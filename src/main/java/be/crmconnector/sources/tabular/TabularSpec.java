package be.crmconnector.sources.tabular;

import be.crmconnector.model.ClientField;

import java.util.List;
import java.util.Map;

/**
 * What a reader of rows needs of its connector: the connector's own header aliases, the fields every row must have a
 * column for, and how rows are read.
 *
 * @param mapping  field key → header aliases added to the built-in ones
 * @param required fields whose column must be there
 */
public record TabularSpec(Map<String, List<String>> mapping, List<ClientField> required, TabularSettings settings) {
}
