package org.advisorydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.RequestService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The government's request page as a conversation in a real browser, on a phone 375 px wide and on a
 * desktop, in English and French: submit, answer a clarification question, withdraw, each confirmed as
 * a status message with the reference; no page scrolls sideways; axe finds nothing serious.
 */
@DeskTest
class PortalConversationBrowserTest {

    @LocalServerPort int port;
    @Autowired RequestService requests;
    @Autowired RequestScenario scenario;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @Test
    void onAPhoneAGovernmentSubmitsAnswersAQuestionAndWithdrawsKnowingEachTimeWhatHappensNext() throws IOException {
        String question = "Which law is in force today? " + UUID.randomUUID();
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.phone();
            browser.open("/portal/requests/new");
            fitsThePhone(browser, "portal-phone-en-new-request");
            submit(browser, "Phone request " + UUID.randomUUID());
            browser.waitForPath("/portal/requests/TA-");
            String reference = browser.find("reference").getText();
            assertThat(browser.find("confirmation").getAttribute("role")).isEqualTo("status");
            assertThat(browser.find("confirmation").getText()).contains("Request submitted", reference);
            assertThat(browser.find("holder").getText()).contains("The coordinators");
            fitsThePhone(browser, "portal-phone-en-submitted");

            AssistanceRequest request = requests.get(RequestScenario.PARAGUAY, reference);
            scenario.complete(RequestScenario.COORDINATOR, request, "screen-request",
                    Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", question));
            browser.open("/portal/requests/" + reference);
            assertThat(browser.all("#confirmation")).as("the confirmation is shown once").isEmpty();
            assertThat(browser.find("holder").getText()).contains("You: the next step is yours");
            assertThat(browser.find("next-action").getText()).contains("Provide clarification", "Due by");
            fitsThePhone(browser, "portal-phone-en-question");

            browser.find("next-action").findElement(By.tagName("a")).click();
            WebElement answer = browser.driver().findElement(By.cssSelector("#tasks textarea[name=clarificationAnswer]"));
            answer.sendKeys("The 2019 migration law.");
            browser.driver().findElement(By.cssSelector("#tasks form")).submit();
            browser.waitUntil(d -> !browser.all("#confirmation[role=status]").isEmpty());
            assertThat(browser.find("confirmation").getText()).contains("Answer sent", reference);
            assertThat(browser.all("#conversation .portal-message").stream().map(m -> m.getAttribute("data-kind")).toList())
                    .containsExactly("QUESTION_ASKED", "STEP_COMPLETED");
            assertThat(browser.all("#conversation .portal-message").get(0).getText()).contains("Coordinators", question);
            assertThat(browser.all("#conversation .portal-message").get(1).getText()).contains("You", "The 2019 migration law.");
            assertThat(browser.find("holder").getText()).contains("The coordinators");
            fitsThePhone(browser, "portal-phone-en-answered");

            browser.driver().get(browser.find("full-record").getAttribute("href"));
            assertThat(browser.heading()).isEqualTo("Full record of request " + reference);
            fitsThePhone(browser, "portal-phone-en-record");
            browser.open("/portal");
            fitsThePhone(browser, "portal-phone-en-home");
            browser.open("/portal/treaty");
            fitsThePhone(browser, "portal-phone-en-treaty");

            browser.open("/portal/requests/" + reference + "/withdraw");
            fitsThePhone(browser, "portal-phone-en-withdraw");
            browser.find("withdraw-reason").sendKeys("Handled nationally.");
            browser.driver().findElement(By.cssSelector("main form")).submit();
            browser.waitUntil(d -> !browser.all("#confirmation[role=status]").isEmpty());
            assertThat(browser.find("confirmation").getText()).contains("Request withdrawn", reference);
            assertThat(browser.find("holder").getText()).contains("Nobody");
            fitsThePhone(browser, "portal-phone-en-withdrawn");
        }
    }

    @Test
    void theHeaderFoldsOnAPhoneAndTheMenuOpensItsLinks() {
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.phone();
            browser.open("/portal");
            WebElement header = browser.driver().findElement(By.tagName("header"));
            assertThat(header.getRect().getHeight()).as("header height at 375 px").isLessThanOrEqualTo(80);
            assertThat(browser.driver().findElement(By.cssSelector("header a[href='/portal/treaty']")).isDisplayed()).isFalse();

            browser.driver().findElement(By.cssSelector(".portal-menu summary")).click();

            assertThat(browser.driver().findElement(By.cssSelector("header a[href='/portal/treaty']")).isDisplayed()).isTrue();
            browser.assertAccessible();
            browser.screenshot("portal-phone-en-menu-open");
        }
    }

    @Test
    void inFrenchOnAPhoneAndOnADesktopTheConversationReadsTheSame() {
        AssistanceRequest request = scenario.submit(org.advisorydesk.request.NewRequestBuilder.aRequest()
                .instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.complete(RequestScenario.COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Quelle loi ?"));
        scenario.complete(RequestScenario.PARAGUAY, request, "provide-clarification",
                Map.of("clarificationAnswer", "La loi de 2019."));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay", "fr")) {
            browser.open("/portal/requests/" + request.reference());
            assertThat(browser.find("timeline-heading").getText()).isEqualTo("Échanges avec les agences");
            assertThat(browser.find("holder").getAttribute("textContent")).contains("Qui a la main\u00a0:", "OIT, HCDH");
            browser.assertAccessible();
            browser.screenshot("portal-desktop-fr-request");
            browser.open("/portal");
            browser.screenshot("portal-desktop-fr-home");

            browser.phone();
            browser.open("/portal/requests/" + request.reference());
            fitsThePhone(browser, "portal-phone-fr-request");
            browser.open("/portal");
            fitsThePhone(browser, "portal-phone-fr-home");
            browser.open("/portal/requests/new");
            fitsThePhone(browser, "portal-phone-fr-new-request");
        }
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.open("/portal/requests/" + request.reference());
            assertThat(browser.all("#conversation .portal-message").stream().map(m -> m.getAttribute("data-kind")).toList())
                    .containsExactly("QUESTION_ASKED", "STEP_COMPLETED", "ROUTING_DECIDED");
            browser.screenshot("portal-desktop-en-request");
        }
    }

    private static void fitsThePhone(HeadlessChromium browser, String screenshot) {
        browser.assertNoSidewaysScroll(screenshot);
        browser.assertAccessible();
    }

    private static void submit(HeadlessChromium browser, String title) throws IOException {
        browser.find("new-instruments-0").click();
        browser.find("new-assistanceTypes-0").click();
        browser.find("new-title").sendKeys(title);
        browser.find("new-description").sendKeys("Compare our migration law with the Convention.");
        browser.find("new-contactEmail").sendKeys("focal@example.org");
        Path dir = Files.createDirectories(Path.of("target", "portal-uploads", UUID.randomUUID().toString()));
        browser.find("new-documents").sendKeys(Files.writeString(dir.resolve("ley-de-migraciones-2019-texto-consolidado.txt"),
                "Ley de migraciones.\n").toAbsolutePath().toString());
        browser.find("new-request").submit();
    }
}
