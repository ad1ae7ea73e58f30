package org.advisorydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first path clicked through the product's own pages in headless Chromium, in English and in
 * French: a government submits a legislative review of its law against ILO Convention 97 with a
 * document, the coordinator screens it and confirms the routing (ILO leads, OHCHR contributes), the
 * ILO officer claims and completes the gap analysis, the OHCHR officer adds findings, the ILO
 * officer consolidates, the manager approves, and the government accepts. Every page passes axe.
 */
@DeskTest
class FirstPathBrowserTest {

    @LocalServerPort int port;
    @Autowired RequestService requests;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr" })
    void firstPathThroughThePages(String language) throws IOException {
        String reference = governmentSubmits(language, "Gap analysis C97 " + UUID.randomUUID());

        staffCompletes("coordinator", language, reference, "screen-request", browser ->
                browser.driver().findElement(By.cssSelector("input[name=screeningOutcome][value=COMPLETE]")).click());
        staffCompletes("coordinator", language, reference, "confirm-routing", browser ->
                browser.driver().findElement(By.cssSelector("input[name=routingDecision][value=CONFIRM]")).click());
        staffCompletes("ilo.officer", language, reference, "prepare-gap-analysis", browser ->
                browser.find("task-gapAnalysisSummary").sendKeys("Articles 6 and 7 of the law need amending."));
        staffCompletes("ohchr.officer", language, reference, "add-findings", browser ->
                browser.find("task-contributionSummary").sendKeys("Equal treatment in social security is missing."));
        staffCompletes("ilo.officer", language, reference, "consolidate-review", browser ->
                browser.find("task-reviewReport").sendKeys("Consolidated review: three amendments recommended."));
        assertThat(requests.byReference(java.util.List.of(reference)).get(reference).status())
                .isEqualTo(RequestStatus.IN_PROGRESS);
        staffCompletes("manager", language, reference, "approve-deliverable", browser ->
                browser.driver().findElement(By.cssSelector("input[name=approvalDecision][value=APPROVE]")).click());

        governmentAccepts(language, reference);
        assertThat(requests.byReference(java.util.List.of(reference)).get(reference).status())
                .isEqualTo(RequestStatus.CLOSED);
    }

    private String governmentSubmits(String language, String title) throws IOException {
        try (HeadlessChromium gov = HeadlessChromium.signedIn(port, "gov.paraguay", language)) {
            gov.open("/");
            gov.waitForPath("/portal");
            gov.open("/portal/requests/new");
            gov.driver().findElement(By.cssSelector("input[name=instruments][value=ILO_C97]")).click();
            gov.driver().findElement(By.cssSelector("input[name=assistanceTypes][value=LEGISLATIVE_REVIEW]")).click();
            gov.find("new-title").sendKeys(title);
            gov.find("new-description").sendKeys("Compare our labour migration law with Convention 97.");
            gov.find("new-contactEmail").sendKeys("focal@example.org");
            gov.find("new-documents").sendKeys(document().toAbsolutePath().toString());
            gov.find("new-request").submit();
            gov.waitForPath("/portal/requests/TA-");
            assertThat(gov.heading()).isEqualTo(title);
            gov.screenshot("first-path-" + language + "-1-government-submitted");
            return gov.path().substring("/portal/requests/".length()).replaceAll("[?#].*", "");
        }
    }

    /** The user finds the request's task in their list, opens it, claims it, fills its form and completes it. */
    private void staffCompletes(String user, String language, String reference, String taskKey,
            java.util.function.Consumer<HeadlessChromium> fill) {
        try (HeadlessChromium staff = HeadlessChromium.signedIn(port, user, language)) {
            staff.open("/");
            staff.waitForPath("/work");
            staff.open("/work?view=groups&q=" + reference);
            staff.assertAccessible();
            staff.screenshot("first-path-" + language + "-" + taskKey + "-list");
            WebElement link = staff.find("tasks").findElement(By.cssSelector("a[href*='/work/tasks/']"));
            link.click();
            staff.waitUntil(d -> !staff.all("#claim").isEmpty() || !staff.all("#unclaim").isEmpty());
            assertThat(staff.pageSource()).contains(reference);
            staff.find("claim").click();
            staff.waitUntil(d -> !staff.all("#unclaim").isEmpty());
            assertThat(staff.find("assignee").getText()).isEqualTo(user);
            staff.assertAccessible();
            fill.accept(staff);
            staff.screenshot("first-path-" + language + "-" + taskKey);
            staff.find("complete").click();
            try {
                staff.waitUntil(d -> d.getCurrentUrl().endsWith("/work"));
            } catch (org.openqa.selenium.TimeoutException e) {
                staff.screenshot("first-path-" + language + "-" + taskKey + "-failed");
                throw new AssertionError("Still on " + staff.path() + ": " + staff.find("main").getText(), e);
            }
            assertThat(staff.all("[role=status].alert-success")).isNotEmpty();
        }
    }

    private void governmentAccepts(String language, String reference) {
        try (HeadlessChromium gov = HeadlessChromium.signedIn(port, "gov.paraguay", language)) {
            gov.open("/portal/requests/" + reference);
            gov.driver().findElement(By.cssSelector("input[name=reviewOutcome][value=ACCEPT]")).click();
            gov.driver().findElement(By.cssSelector("#tasks form")).submit();
            gov.waitUntil(d -> gov.find("status").getText().equals("fr".equals(language) ? "Clôturée" : "Closed"));
            gov.assertAccessible();
            gov.screenshot("first-path-" + language + "-9-government-accepted");
        }
    }

    private static Path document() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "first-path-uploads", UUID.randomUUID().toString()));
        return Files.writeString(dir.resolve("labour-migration-law.txt"), "Labour migration law, article 6: recruitment.\n");
    }
}
