package org.advisorydesk.review;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.document.Document;
import org.advisorydesk.document.DocumentService;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The findings page in a real browser: saves with htmx in place, stays accessible, produces the report. */
@DeskTest
class FindingPageBrowserTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired DocumentService documents;
    @Autowired FindingService findings;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @Test
    void leadOfficerSavesAnArticleInPlaceAndProducesTheReport() {
        AssistanceRequest request = scenario.submit(aRequest().assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(request);
        String reference = request.reference();
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "ohchr.officer")) {
            browser.open("/work/requests/" + reference + "/findings");
            assertThat(browser.heading()).isEqualTo("Legislative review: " + request.title());
            assertThat(browser.find("progress-label").getText()).isEqualTo("0 of 93 articles assessed");
            browser.assertAccessible();
            // Bootstrap scrolls smoothly, so a button scrolled to would still be moving when clicked
            script(browser, "window.notReloaded = true; document.documentElement.style.scrollBehavior = 'auto';");

            new Select(browser.find("finding-12-assessment")).selectByValue("PARTLY_COMPATIBLE");
            browser.find("finding-12-nationalProvision").sendKeys("Ley 978/96, art. 12");
            browser.find("finding-12-comment").sendKeys("Religious freedom guaranteed; no rule on instruction.");
            browser.find("finding-12-save").click();

            // read in one step: htmx may replace the label between finding it and reading it
            browser.waitUntil(d -> "1 of 93 articles assessed".equals(
                    script(browser, "return document.getElementById('progress-label').textContent;")));
            assertThat(script(browser, "return window.notReloaded === true;")).isEqualTo(true);
            assertThat(browser.find("article-12").getText()).contains("Saved.");
            assertThat(browser.find("finding-12-nationalProvision").getAttribute("value")).isEqualTo("Ley 978/96, art. 12");
            assertThat(browser.find("progress-bar").getAttribute("value")).isEqualTo("1");
            assertThat(browser.find("part-III-progress").getText()).isEqualTo("1 of 28 articles assessed");
            assertThat(browser.find("parts-nav-III").getText()).isEqualTo("1 of 28 articles assessed");
            browser.screenshot("review-findings-article");

            browser.find("finding-13-save").click();
            browser.waitUntil(d -> !browser.all("#finding-13-assessment-error").isEmpty());
            assertThat(browser.find("finding-13-assessment-error").getText()).isEqualTo("Choose one of the assessments.");
            assertThat(script(browser, "return document.activeElement.id;")).isEqualTo("finding-13-assessment");
            assertThat(script(browser, "return window.notReloaded === true;")).isEqualTo(true);
            browser.assertAccessible();

            script(browser, "window.scrollTo(0, 0);");
            browser.screenshot("review-findings");

            browser.find("produce-report").click();
            browser.waitUntil(d -> !browser.all("#report-versions a").isEmpty());
            assertThat(browser.find("report").getText()).contains("attached to the request as version 1");
            assertThat(documents.documentsOf(RequestScenario.OHCHR, reference)).extracting(Document::name)
                    .containsExactly("review-report-" + reference + ".pdf");
            browser.assertAccessible();
            browser.screenshot("review-findings-report");
        }
    }

    @Test
    void officerComesFromTheTaskJumpsToAPartShowsWhatIsLeftAndGoesBack() {
        AssistanceRequest request = scenario.submit(aRequest().assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        String reference = request.reference();
        findings.record(RequestScenario.OHCHR, reference, "part-I", new FindingInput(Assessment.COMPATIBLE, "Constitution", null));
        String taskId = scenario.task(RequestScenario.OHCHR, request, "prepare-gap-analysis",
                org.advisorydesk.request.AssistanceType.LEGISLATIVE_REVIEW).id();
        try (HeadlessChromium browser = HeadlessChromium.signedIn(port, "ohchr.officer")) {
            browser.open("/work/tasks/" + taskId);
            browser.find("findings-link").click();
            browser.waitForPath("/work/requests/" + reference + "/findings");
            // Bootstrap scrolls smoothly, so a link scrolled to would still be moving when clicked
            script(browser, "document.documentElement.style.scrollBehavior = 'auto';");

            browser.driver().findElement(org.openqa.selenium.By.cssSelector("#parts-nav a[href='#part-IV']")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("#part-IV"));
            script(browser, "window.scrollTo(0, 0);");
            browser.find("show-unassessed").click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("show=unassessed"));
            assertThat(browser.all("#article-1")).isEmpty();
            assertThat(browser.all("#article-7")).hasSize(1);
            assertThat(browser.find("part-I").getText()).contains("Every article of this Part is assessed.");
            browser.assertAccessible();
            script(browser, "window.scrollTo(0, 0);");
            browser.screenshot("review-findings-not-assessed");

            script(browser, "window.scrollTo(0, 0);");
            browser.find("back-to-task").click();
            browser.waitForPath("/work/tasks/" + taskId);
        }
    }

    private static Object script(HeadlessChromium browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
