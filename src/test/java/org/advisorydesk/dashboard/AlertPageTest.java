package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11: the managers' alerts page over HTTP, as a browser without JavaScript uses it. */
@DeskTest
class AlertPageTest {

    static final String PAGE = "/work/dashboard/alerts";

    @LocalServerPort int port;
    @Autowired AlertRules rules;

    @Test
    void aManagerAddsAnAlertAndDeletesIt() {
        PageSession manager = PageSession.signedIn(port, "manager");
        HttpResponse<String> empty = manager.get(PAGE);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Dashboard alerts").contains("<label class=\"form-label fw-semibold\" for=\"threshold\"");

        HttpResponse<String> added = manager.post(PAGE, Map.of("metric", "OVERDUE_TASKS", "agency", "IOM",
                "comparison", "ABOVE", "threshold", "37"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(PAGE + "?done=added");
        AlertRule rule = rules.all(RequestScenario.MANAGER).stream()
                .filter(r -> r.agency() == Agency.IOM && r.threshold().compareTo(BigDecimal.valueOf(37)) == 0)
                .findFirst().orElseThrow();
        assertThat(rule.createdBy()).isEqualTo("manager");
        assertThat(rule.crossed()).isFalse();
        HttpResponse<String> listed = manager.get(PAGE + "?done=added");
        assertThat(listed.body()).contains("id=\"alert-" + rule.id() + "\"").contains("Overdue staff tasks")
                .contains("The alert was added.");

        HttpResponse<String> deleted = manager.post(PAGE + "/" + rule.id() + "/delete", Map.of());

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(manager.get(PAGE).body()).doesNotContain("id=\"alert-" + rule.id() + "\"");
        assertThat(rules.all(RequestScenario.MANAGER)).noneMatch(r -> r.id() == rule.id());
    }

    @Test
    void aBadAlertShowsTheFormAgainWithTheProblemAtItsField() {
        PageSession manager = PageSession.signedIn(port, "manager");
        manager.get(PAGE);
        int before = rules.all(RequestScenario.MANAGER).size();

        HttpResponse<String> page = manager.post(PAGE, Map.of("metric", "ON_TIME_SHARE", "comparison", "BELOW",
                "threshold", "150"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"threshold-error\"").contains("between 0 and 100")
                .contains("value=\"150\"").doesNotContain("id=\"metric-error\"").doesNotContain("Exception");
        assertThat(rules.all(RequestScenario.MANAGER)).hasSize(before);
    }

    @Test
    void anAlertWithoutItsFigureNamesTheFigure() {
        PageSession manager = PageSession.signedIn(port, "manager");
        manager.get(PAGE);

        HttpResponse<String> page = manager.post(PAGE, Map.of("comparison", "ABOVE", "threshold", "many"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"metric-error\"").contains("id=\"threshold-error\"");
    }

    @Test
    void coordinatorsReadTheAlertsWithoutTheForm() {
        PageSession coordinator = PageSession.signedIn(port, "coordinator");

        HttpResponse<String> page = coordinator.get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Only managers may add or delete alerts.").doesNotContain("id=\"add-alert\"");
        assertThat(coordinator.post(PAGE, Map.of("metric", "OPEN_REQUESTS", "comparison", "ABOVE", "threshold", "3"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anAgencyOfficerMayNeitherReadNorChangeTheAlerts() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");

        assertThat(ilo.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(ilo.post(PAGE, Map.of("metric", "OPEN_REQUESTS", "comparison", "ABOVE", "threshold", "3"))
                .statusCode()).isEqualTo(403);
        assertThat(ilo.post(PAGE + "/1/delete", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void aGovernmentDoesNotSeeTheAlerts() {
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");

        assertThat(paraguay.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(paraguay.post(PAGE, Map.of("metric", "OPEN_REQUESTS", "comparison", "ABOVE", "threshold", "3"))
                .statusCode()).isEqualTo(403);
    }
}
