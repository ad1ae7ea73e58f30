package org.advisorydesk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Swagger UI's "Try it out" works in a real browser, as a client developer uses it: signed in to the
 * page, authorised with HTTP Basic, a list read and a request submitted from the document's example,
 * under the pages' Content-Security-Policy.
 */
@DeskTest
class SwaggerUiBrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @Test
    void aFocalPointTriesTheApiWithBasicAndSubmitsTheExampleRequest() {
        long requestsBefore = jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single();
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "gov.paraguay")) {
            browser.open("/swagger-ui.html");
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
            assertThat(browser.driver().findElement(By.cssSelector(".info .title")).getText()).contains("Ratification Advisory Desk API");

            // Authorize: HTTP Basic with the desk's user name and password
            browser.driver().findElement(By.cssSelector(".auth-wrapper .authorize")).click();
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".modal-ux input[type=password]")).isEmpty());
            browser.driver().findElement(By.cssSelector(".modal-ux input[type=text]")).sendKeys("gov.paraguay");
            browser.driver().findElement(By.cssSelector(".modal-ux input[type=password]")).sendKeys("demo");
            browser.driver().findElement(By.cssSelector(".modal-ux .auth-btn-wrapper .authorize")).click();
            browser.driver().findElement(By.cssSelector(".modal-ux .close-modal")).click();

            // GET /api/requests: Try it out, Execute → 200
            WebElement list = operation(browser, "get", "/api/requests");
            assertThat(execute(browser, list)).isEqualTo("200");

            // POST /api/requests: the example body as it is → 201, stored
            WebElement submit = operation(browser, "post", "/api/requests");
            assertThat(submit.findElement(By.cssSelector("textarea.body-param__text")).getAttribute("value"))
                    .contains("\"requestingState\": \"PRY\"");
            assertThat(execute(browser, submit)).isEqualTo("201");
            assertThat(submit.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description")).getText())
                    .contains("TA-");
            browser.screenshot("swagger-ui-try-it-out");

            List<LogEntry> violations = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .filter(entry -> entry.getMessage().contains("Content Security Policy")).toList();
            assertThat(violations).as("no script or style refused by the pages' policy").isEmpty();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single()).isEqualTo(requestsBefore + 1);
    }

    /** The operation's block, opened and in "Try it out" mode. */
    private static WebElement operation(HeadlessChromium browser, String method, String path) {
        WebElement block = browser.driver().findElements(By.cssSelector(".opblock-" + method)).stream()
                .filter(b -> path.equals(b.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + method + " " + path + " in Swagger UI"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", block);
        block.findElement(By.cssSelector(".opblock-summary")).click();
        browser.waitUntil(d -> !block.findElements(By.cssSelector(".try-out__btn")).isEmpty());
        block.findElement(By.cssSelector(".try-out__btn")).click();
        return block;
    }

    /** Executes the operation and reads the status Swagger UI shows for the live answer. */
    private static String execute(HeadlessChromium browser, WebElement block) {
        block.findElement(By.cssSelector(".execute")).click();
        browser.waitUntil(d -> !block.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status")).isEmpty());
        return block.findElement(By.cssSelector(".live-responses-table tr.response .response-col_status")).getText().strip();
    }
}
