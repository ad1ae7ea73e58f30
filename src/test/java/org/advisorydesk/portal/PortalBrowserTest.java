package org.advisorydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.NewRequest;
import org.advisorydesk.request.RequestService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The government portal in a real browser: submitting with a document, escaping, privacy, errors, language. */
@DeskTest
class PortalBrowserTest {

    private static final CurrentUser PARAGUAY = new CurrentUser("gov.paraguay", Set.of("gov-pry"));

    @LocalServerPort int port;
    @Autowired RequestService requests;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @Test
    void governmentSubmitsARequestWithADocumentAndSeesItOnItsHomeAndRequestPages() throws IOException {
        String title = "Gap analysis " + UUID.randomUUID();
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.open("/portal/requests/new");
            browser.assertAccessible();
            browser.screenshot("portal-new-request");

            fillAndSubmit(browser, title, textDocument("national-law.txt"));

            browser.waitForPath("/portal/requests/TA-");
            String reference = browser.path().substring("/portal/requests/".length());
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.all("#documents a").stream().map(a -> a.getText()).toList()).contains("national-law.txt");
            assertThat(browser.find("status").getText()).isIn("Submitted", "In screening");
            browser.assertAccessible();
            browser.screenshot("portal-request-page");

            browser.open("/portal");
            assertThat(browser.find("requests").getText()).contains(reference).contains(title);
            browser.assertAccessible();
            browser.screenshot("portal-home");
        }
    }

    @Test
    void titleWithAScriptTagIsShownAsText() throws IOException {
        String title = "<script>alert(1)</script>";
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.open("/portal/requests/new");
            fillAndSubmit(browser, title, textDocument("escaping.txt"));
            browser.waitForPath("/portal/requests/TA-");

            assertThat(browser.heading()).isEqualTo(title);
            assertThat(alertShown(browser)).isFalse();
            assertThat(browser.pageSource()).doesNotContain("<script>alert(1)</script>");
            browser.screenshot("portal-script-title");
        }
    }

    @Test
    void governmentOfAnotherStateCannotOpenTheRequestPage() throws Exception {
        AssistanceRequest paraguays = requests.submit(PARAGUAY, new NewRequest("PRY", List.of("ICRMW"),
                List.of("LEGISLATIVE_REVIEW"), "Paraguay only " + UUID.randomUUID(), "Private to Paraguay",
                "focal@example.org"));
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.turkey")) {
            browser.open("/portal/requests/" + paraguays.reference());

            assertThat(browser.heading()).isEqualTo("Not found");
            assertThat(browser.pageSource()).doesNotContain(paraguays.title());
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/portal/requests/" + paraguays.reference()))
                    .header("Cookie", browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
            browser.screenshot("portal-other-state-404");
        }
    }

    @Test
    void incompleteRequestShowsEachErrorNextToItsFieldAndKeepsTheValues() {
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.open("/portal/requests/new");
            browser.find("new-title").sendKeys("Kept title");
            browser.find("new-contactEmail").sendKeys("not-an-address");
            browser.find("new-request").submit();

            browser.waitUntil(d -> !browser.all("#new-description-error").isEmpty());
            assertThat(browser.find("new-description-error").getText()).isEqualTo("This field is required.");
            assertThat(browser.find("new-description").getAttribute("aria-describedby")).contains("new-description-error");
            assertThat(browser.find("new-instruments-error").getText()).isEqualTo("This field is required.");
            assertThat(browser.find("new-contactEmail-error").getText()).contains("e-mail address");
            assertThat(browser.find("new-title").getAttribute("value")).isEqualTo("Kept title");
            assertThat(browser.find("new-contactEmail").getAttribute("value")).isEqualTo("not-an-address");
            assertThat(browser.all("#new-title-error")).isEmpty();
            browser.assertAccessible();
            browser.screenshot("portal-new-request-errors");
        }
    }

    @Test
    void frenchChosenWithTheLangParameterStaysChosen() {
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.open("/portal?lang=fr");
            assertThat(browser.heading()).isEqualTo("Demandes de PRY");

            browser.open("/portal/requests/new");
            assertThat(browser.heading()).isEqualTo("Nouvelle demande");
            assertThat(browser.pageSource()).contains("Soumettre la demande");
            browser.screenshot("portal-french");
            browser.open("/portal?lang=en");
        }
    }

    private static void fillAndSubmit(HeadlessChromium browser, String title, Path document) {
        assertThat(browser.find("new-requestingState").getAttribute("value")).isEqualTo("PRY");
        browser.find("new-instruments-0").click();
        browser.find("new-assistanceTypes-0").click();
        browser.find("new-title").sendKeys(title);
        browser.find("new-description").sendKeys("Compare our migration law with the Convention.");
        browser.find("new-contactEmail").sendKeys("focal@example.org");
        browser.find("new-documents").sendKeys(document.toAbsolutePath().toString());
        browser.find("new-request").submit();
    }

    private static Path textDocument(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "portal-uploads", UUID.randomUUID().toString()));
        return Files.writeString(dir.resolve(name), "Ley de migraciones, articulo 1: texto de prueba.\n");
    }

    private static boolean alertShown(HeadlessChromium browser) {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }
}
