package be.crmconnector.sources.adminpulse;

import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each AdminPulse connector has its own page and call routes, and a schedule route only when it has a schedule. */
class AdminPulseRoutesTest extends SimulatedAdminPulseTest {

    @Test
    void eachConnectorHasItsOwnRoutesAndAScheduleRouteWhenItHasASchedule() {
        assertThat(camel.getRouteController().getRouteStatus("ap-all-adminpulse-page")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("ap-all-adminpulse-call")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRoute("ap-all-adminpulse-schedule")).isNull();
        assertThat(camel.getRouteController().getRouteStatus("ap-scheduled-adminpulse-schedule"))
                .isEqualTo(ServiceStatus.Started);
    }
}
