package org.advisorydesk.dashboard;

import static org.advisorydesk.dashboard.DashboardScript.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.PageSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11: the dashboard in headless Chromium, in English and French, under axe, with its drill-down. */
@DeskTest
class DashboardBrowserTest {

    @LocalServerPort int port;
    @Autowired DashboardScript script;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aManagerReadsTheDeskAndDrillsDownFromABarToTheRequestsBehindIt() {
        DashboardScript.Made made = script.run();
        try (HeadlessChromium manager = HeadlessChromium.signedIn(port, "manager")) {
            manager.open("/work");
            manager.driver().findElement(By.linkText("Dashboard")).click();
            manager.waitForPath("/work/dashboard");
            manager.open("/work/dashboard?" + PERIOD);
            assertThat(manager.heading()).isEqualTo("Dashboard");
            assertThat(manager.find("figure-submitted").getText()).contains("4");
            assertThat(manager.find("figure-overdue").getText()).contains("1");
            assertThat(manager.find("status-table").getText()).contains("Awaiting the government’s clarification");
            assertThat(manager.find("approvals-table").getText()).contains("ILO").contains("50");
            assertThat(manager.all("svg .pd-node, svg rect").size()).as("charts and the heatmap drawn").isGreaterThan(10);
            manager.assertAccessible();
            manager.screenshot("dashboard-en-top");
            scrollTo(manager, "heatmap-heading");
            manager.screenshot("dashboard-en-heatmap");
            scrollTo(manager, "load-heading");
            manager.screenshot("dashboard-en-load");
            full(manager, 1280);
            manager.screenshot("dashboard-en");
            manager.driver().manage().window().setSize(new Dimension(1280, 1400));

            // a bar of the stage chart: the request waiting for its clarification
            manager.open("/work/dashboard?" + PERIOD);
            scrollTo(manager, "status-chart");
            manager.driver().findElement(By.cssSelector("#status-chart a[href*='AWAITING_CLARIFICATION'] rect")).click();
            manager.waitForPath("/work/dashboard/requests");
            assertThat(manager.find("request-count").getText()).isEqualTo("1 requests");
            assertThat(manager.find("figure-requests").getText()).contains(made.c().reference());
            manager.assertAccessible();

            // a headline figure: the overdue task, and from it the task itself
            manager.open("/work/dashboard?" + PERIOD);
            manager.find("figure-overdue").click();
            manager.waitForPath("/work/dashboard/tasks");
            assertThat(manager.find("figure-tasks").getText()).contains(made.d().reference()).contains("Screen request");
            manager.assertAccessible();

            manager.open("/work/dashboard?" + PERIOD + "&lang=fr");
            assertThat(manager.heading()).isEqualTo("Tableau de bord");
            assertThat(manager.find("figure-submitted").getText()).contains("Soumises");
            manager.assertAccessible();
            full(manager, 1280);
            manager.screenshot("dashboard-fr");
            manager.driver().manage().window().setSize(new Dimension(375, 900));
            manager.screenshot("dashboard-fr-375-top");
            full(manager, 375);
            manager.screenshot("dashboard-fr-375");
            manager.open("/work/dashboard?lang=en");
        }
    }

    @Test
    void agencyStaffSeeTheirAgencyFixedAndAGovernmentNoDashboard() {
        script.run();
        try (HeadlessChromium ilo = HeadlessChromium.signedIn(port, "ilo.officer")) {
            ilo.open("/work/dashboard?" + PERIOD);
            assertThat(ilo.find("agency").findElements(By.tagName("option"))).hasSize(1);
            assertThat(ilo.find("agency-fixed").getText()).contains("Your agency");
            assertThat(ilo.find("figure-overdue").getText()).contains("0");
            ilo.assertAccessible();
            ilo.open("/work/dashboard?agency=OHCHR");
            assertThat(ilo.heading()).isEqualTo("Not allowed");
        }
        assertThat(PageSession.signedIn(port, "gov.paraguay").get("/work/dashboard").statusCode()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "gov.paraguay").get("/work/dashboard/requests.csv").statusCode()).isEqualTo(403);
        // the page's downloads work in the signed-in session (the API's take HTTP Basic)
        var csv = PageSession.signedIn(port, "ilo.officer").get("/work/dashboard/agencies.csv?" + PERIOD);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("agency,openRequests,openTasks,overdueTasks").doesNotContain("COORDINATORS");
        assertThat(PageSession.signedIn(port, "manager").get("/work/dashboard?from=2031-02-30").statusCode()).isEqualTo(400);
    }

    @Test
    void theHeatmapNamesEveryStepInFrenchAndSpanish() {
        script.run();
        for (String language : java.util.List.of("fr", "es")) {
            try (HeadlessChromium manager = HeadlessChromium.signedIn(port, "manager", language)) {
                manager.driver().manage().window().setSize(new Dimension(1280, 1000));
                manager.open("/work/dashboard?" + PERIOD);
                var page = (org.openqa.selenium.JavascriptExecutor) manager.driver();
                page.executeScript("document.querySelectorAll('details.heatmap').forEach(d => d.open = true)");
                var diagrams = manager.all("details.heatmap");
                assertThat(diagrams).hasSize(8);
                assertThat(manager.find("heatmap-heading").findElement(By.xpath("..")).getText())
                        .contains("fr".equals(language) ? "Approuver le" : "Aprobar el").doesNotContain("Approve", "deliverable");
                for (int i = 0; i < diagrams.size(); i++) {
                    page.executeScript("arguments[0].scrollIntoView({behavior: 'instant'})", diagrams.get(i));
                    manager.screenshot("dashboard-" + language + "-diagram-" + (i + 1));
                }
            }
        }
    }

    private static void scrollTo(HeadlessChromium browser, String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({behavior: 'instant'})", browser.find(id));
    }

    /** The whole page in one screenshot, at this width. */
    private static void full(HeadlessChromium browser, int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 1400));
        Object height = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(width, Math.min(16_000, ((Number) height).intValue() + 100)));
    }
}
