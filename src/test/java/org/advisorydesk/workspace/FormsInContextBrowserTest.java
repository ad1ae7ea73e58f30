package org.advisorydesk.workspace;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The routing and approval forms in headless Chromium (issue 15): what they offer, axe, and submitting as shown. */
@DeskTest
class FormsInContextBrowserTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired org.advisorydesk.document.DocumentService documents;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @Test
    void coordinatorSeesTheRequestedTypesWithTheirRoutingAndConfirmsWithoutChangingAnything() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97")
                .assistanceTypes("LEGISLATIVE_REVIEW", "REPORTING_SUPPORT").with("title", "Routing " + System.nanoTime()));
        scenario.screenAsComplete(request);
        String taskId = scenario.task(RequestScenario.COORDINATOR, request, "confirm-routing", null).id();
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.open("/work/tasks/" + taskId);

            assertThat(coordinator.all("#task-overrideAssistanceType option").stream().map(o -> o.getAttribute("value"))
                    .filter(v -> !v.isEmpty()))
                    .containsExactly("LEGISLATIVE_REVIEW", "REPORTING_SUPPORT");
            assertThat(coordinator.find("current-routing").getText()).contains("ILO").contains("OHCHR");
            WebElement lead = coordinator.driver().findElement(By.cssSelector("#task-overrideLead option:checked"));
            assertThat(lead.getAttribute("value")).isEqualTo("ILO");
            coordinator.driver().findElement(By.cssSelector("input[name=routingDecision][value=OVERRIDE]")).click();
            new org.openqa.selenium.support.ui.Select(coordinator.find("task-overrideAssistanceType")).selectByValue("REPORTING_SUPPORT");
            assertThat(contributorChecked(coordinator, "OHCHR")).isFalse();
            new org.openqa.selenium.support.ui.Select(coordinator.find("task-overrideAssistanceType")).selectByValue("LEGISLATIVE_REVIEW");
            assertThat(contributorChecked(coordinator, "OHCHR")).isTrue();
            coordinator.driver().findElement(By.cssSelector("input[name=routingDecision][value=CONFIRM]")).click();
            coordinator.assertAccessible();
            coordinator.screenshot("forms-confirm-routing");

            coordinator.find("complete").click();
            coordinator.waitUntil(d -> d.getCurrentUrl().endsWith("/work"));
        }
        assertThat(scenario.tasks(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW))
                .hasSize(1);
        assertThat(scenario.tasks(RequestScenario.ILO, request, "plan-assistance", AssistanceType.REPORTING_SUPPORT))
                .hasSize(1);
    }

    private static boolean contributorChecked(HeadlessChromium browser, String agency) {
        return browser.driver().findElement(By.cssSelector("input[name=overrideContributors][value=" + agency + "]")).isSelected();
    }

    @Test
    void managerWhoDidTheWorkReadsTheFourEyesNoticeInsteadOfAForm() {
        String taskId = scenario.approvalOfWorkDoneByAManager().id();
        try (HeadlessChromium manager = HeadlessChromium.signedIn(port, "ilo.manager")) {
            manager.open("/work/tasks/" + taskId);

            assertThat(manager.find("four-eyes-notice").getText()).contains("cannot approve");
            assertThat(manager.all("#task-form")).isEmpty();
            manager.assertAccessible();
            manager.screenshot("forms-four-eyes-notice");
        }
        try (HeadlessChromium manager = HeadlessChromium.signedIn(port, "manager")) {
            manager.open("/work/tasks/" + taskId);
            assertThat(manager.all("#task-form")).hasSize(1);
            assertThat(manager.all("#four-eyes-notice")).isEmpty();
        }
    }

    @Test
    void officerAttachesTwoFilesAtOnceEachWithItsKind() throws java.io.IOException {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW")
                .with("title", "Two files " + System.nanoTime()));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        String taskId = scenario.task(RequestScenario.ILO, request, "prepare-gap-analysis", AssistanceType.LEGISLATIVE_REVIEW).id();
        java.nio.file.Path law = java.nio.file.Files.createTempFile("labour-code-", ".txt");
        java.nio.file.Files.writeString(law, "Labour Code, art. 12: work permits.");
        java.nio.file.Path notes = java.nio.file.Files.createTempFile("mission-notes-", ".txt");
        java.nio.file.Files.writeString(notes, "Notes of the mission to Asuncion.");
        try (HeadlessChromium ilo = HeadlessChromium.signedIn(port, "ilo.officer")) {
            ilo.open("/work/tasks/" + taskId);
            assertThat(new org.openqa.selenium.support.ui.Select(ilo.find("attach-kind")).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("EXISTING_LAW");

            ilo.find("attach-file").sendKeys(law.toString());
            ilo.find("attach-2-file").sendKeys(notes.toString());
            new org.openqa.selenium.support.ui.Select(ilo.find("attach-2-kind")).selectByValue("OTHER");
            ilo.assertAccessible();
            ilo.screenshot("forms-attach-two-files");
            ilo.find("attach").click();
            ilo.waitUntil(d -> d.getCurrentUrl().contains("#documents"));
        }
        Map<String, org.advisorydesk.document.DocumentKind> kinds = new java.util.HashMap<>();
        documents.documentsOf(RequestScenario.ILO, request.reference()).forEach(d -> kinds.put(d.name(), d.kind()));
        assertThat(kinds).containsEntry(law.getFileName().toString(), org.advisorydesk.document.DocumentKind.EXISTING_LAW)
                .containsEntry(notes.getFileName().toString(), org.advisorydesk.document.DocumentKind.OTHER);
    }
}
