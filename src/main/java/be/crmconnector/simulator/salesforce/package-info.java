/**
 * A stand-in for the Salesforce REST API (token endpoint, query / queryAll with query locators), in plain Java
 * (JDK HTTP server, Jackson; no Spring, no Camel), seeded with Belgian accounts and contacts
 * ({@link be.crmconnector.simulator.salesforce.AccountSeed}) and with fault switches
 * ({@link be.crmconnector.simulator.salesforce.SfFaults}). Shapes follow /work/shared/reference/sources.md.
 */
package be.crmconnector.simulator.salesforce;
