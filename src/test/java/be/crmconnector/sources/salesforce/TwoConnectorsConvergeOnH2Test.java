package be.crmconnector.sources.salesforce;

import org.junit.jupiter.api.Test;
import be.crmconnector.connector.ConnectorSyncs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

/** AdminPulse and Salesforce owning different fields of the same clients converge in either order, on H2. */
class TwoConnectorsConvergeOnH2Test extends SalesforceOnH2Test {
    @Autowired
    List<ConnectorSyncs> allSyncs;

    @Test
    void bothOrdersConverge() {
        new TwoConnectorsConverge(this, jdbc, allSyncs, this::emptyStore).bothOrdersEndWithTheSameStore();
    }
}
