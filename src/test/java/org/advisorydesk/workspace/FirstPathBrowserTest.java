package org.advisorydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first path clicked through the product's own pages in headless Chromium, in English, French and
 * Spanish, the government on a desktop in English and on a phone (375 px) in French and Spanish: a
 * government submits a legislative review of its law against ILO Convention 97 with a document, the
 * coordinator asks it a question, the government answers, the coordinator screens the request as complete
 * and confirms the routing (ILO leads, OHCHR contributes), the ILO officer claims and completes the gap
 * analysis, the OHCHR officer adds findings, the ILO officer consolidates, the manager approves, and the
 * government accepts. At each of its steps the government sees a confirmation announced as a status and
 * what happens next; every page passes axe, and on the phone nothing scrolls sideways.
 */
@DeskTest
class FirstPathBrowserTest {

    @LocalServerPort int port;
    @Autowired RequestService requests;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    /** What a closed request's status reads in each language. */
    private static final Map<String, String> CLOSED = Map.of("en", "Closed", "fr", "Clôturée", "es", "Cerrada");

    @ParameterizedTest(name = "{0}, the government on a {1}")
    @CsvSource({ "en, desktop", "fr, phone", "es, phone" })
    void firstPathThroughThePages(String language, String screen) throws IOException {
        boolean phone = "phone".equals(screen);
        String reference = governmentSubmits(language, phone, "Gap analysis C97 " + UUID.randomUUID());

        staffCompletes("coordinator", language, reference, "screen-request", browser -> {
            browser.driver().findElement(By.cssSelector("input[name=screeningOutcome][value=NEEDS_CLARIFICATION]")).click();
            browser.find("task-clarificationQuestion").sendKeys("Which version of the law is in force?");
        });
        governmentAnswers(language, phone, reference, "The 2019 version, attached to the request.");
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

        governmentAccepts(language, phone, reference);
        assertThat(requests.byReference(java.util.List.of(reference)).get(reference).status())
                .isEqualTo(RequestStatus.CLOSED);
    }

    private HeadlessChromium government(String language, boolean phone) {
        HeadlessChromium gov = HeadlessChromium.signedIn(port, "gov.paraguay", language);
        if (phone) {
            gov.phone();
        }
        return gov;
    }

    /** The page as the government sees it: accessible, nothing sideways on a phone, kept as a screenshot. */
    private static void looksRight(HeadlessChromium gov, boolean phone, String screenshot) {
        gov.assertAccessible();
        if (phone) {
            gov.assertNoSidewaysScroll(screenshot);
        } else {
            gov.screenshot(screenshot);
        }
    }

    private String governmentSubmits(String language, boolean phone, String title) throws IOException {
        try (HeadlessChromium gov = government(language, phone)) {
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
            String reference = gov.path().substring("/portal/requests/".length()).replaceAll("[?#].*", "");
            assertThat(gov.find("confirmation").getAttribute("role")).isEqualTo("status");
            assertThat(gov.find("confirmation").getText()).contains(reference);
            assertThat(gov.find("next-step").getText()).isNotBlank();
            looksRight(gov, phone, "first-path-" + language + "-1-government-submitted");
            return reference;
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

    /** The government opens its request, finds the question as the next action with its due date, and answers it. */
    private void governmentAnswers(String language, boolean phone, String reference, String answer) {
        try (HeadlessChromium gov = government(language, phone)) {
            gov.open("/portal/requests/" + reference);
            assertThat(gov.find("next-action").getText()).contains(gov.find("next-action")
                    .findElement(By.tagName("time")).getText());
            looksRight(gov, phone, "first-path-" + language + "-2-government-question");
            gov.find("next-action").findElement(By.tagName("a")).click();
            gov.driver().findElement(By.cssSelector("#tasks textarea[name=clarificationAnswer]")).sendKeys(answer);
            gov.driver().findElement(By.cssSelector("#tasks form")).submit();
            gov.waitUntil(d -> !gov.all("#confirmation[role=status]").isEmpty());
            assertThat(gov.find("confirmation").getText()).contains(reference);
            assertThat(gov.find("conversation").getText()).contains("Which version of the law is in force?", answer);
            assertThat(gov.all("#next-action")).as("nothing more for the government to do now").isEmpty();
            looksRight(gov, phone, "first-path-" + language + "-3-government-answered");
        }
    }

    private void governmentAccepts(String language, boolean phone, String reference) {
        try (HeadlessChromium gov = government(language, phone)) {
            gov.open("/portal/requests/" + reference);
            assertThat(gov.find("next-action")).isNotNull();
            looksRight(gov, phone, "first-path-" + language + "-8-government-deliverables");
            WebElement accept = gov.driver().findElement(By.cssSelector("input[name=reviewOutcome][value=ACCEPT]"));
            // chosen with the keyboard (a phone's emulated screen is smaller than the window a click is aimed in)
            accept.sendKeys(org.openqa.selenium.Keys.SPACE);
            assertThat(accept.isSelected()).isTrue();
            gov.driver().findElement(By.cssSelector("#tasks form")).submit();
            gov.waitUntil(d -> gov.find("status").getText().equals(CLOSED.get(language)));
            assertThat(gov.find("confirmation").getAttribute("role")).isEqualTo("status");
            looksRight(gov, phone, "first-path-" + language + "-9-government-accepted");
        }
    }

    private static Path document() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "first-path-uploads", UUID.randomUUID().toString()));
        return Files.writeString(dir.resolve("labour-migration-law.txt"), "Labour migration law, article 6: recruitment.\n");
    }
}
