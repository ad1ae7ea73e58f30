package org.advisorydesk.workspace;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.document.DocumentService;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The staff workspace on a phone 375 px wide (and still on a desktop): the task list, a task, a request's
 * file, the request list and the findings page fit without scrolling sideways, in English and French; the
 * header folds under a menu button that opens with the keyboard; the task list shows each task and when
 * it is due; axe finds nothing serious.
 */
@DeskTest
class StaffPhoneBrowserTest {

    private static final int FOLDED_HEADER_HEIGHT = 80;
    private static final String LONG_FILE_NAME = "ley-de-migraciones-978-96-texto-consolidado-con-reglamentos-y-resoluciones.txt";

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired DocumentService documents;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @Test
    void onAPhoneTheCoordinatorFindsATaskWorksOnItAndReadsTheRequestsFileWithoutScrollingSideways() {
        AssistanceRequest request = requestWithLongWords();
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.phone();
            coordinator.open("/work?view=unassigned&q=" + request.reference());
            fitsThePhone(coordinator, "phone-staff-tasks");
            WebElement row = coordinator.find("tasks").findElement(By.cssSelector("tbody tr"));
            WebElement task = row.findElement(By.cssSelector("a[href*='/work/tasks/']"));
            assertThat(task.getText()).isEqualTo("Screen request");
            assertThat(shownWhole(coordinator, task)).as("the task's name, whole on the phone").isTrue();
            assertThat(shownWhole(coordinator, row.findElement(By.tagName("time")))).as("its due date, whole on the phone").isTrue();

            task.click();
            coordinator.waitUntil(d -> !coordinator.all("#claim").isEmpty());
            fitsThePhone(coordinator, "phone-staff-task");
            assertThat(coordinator.driver().findElement(By.cssSelector("#documents a")).getText()).isEqualTo(LONG_FILE_NAME);

            coordinator.open("/work/requests/" + request.reference());
            fitsThePhone(coordinator, "phone-staff-file");
            WebElement document = coordinator.driver().findElement(By.cssSelector("#documents td a"));
            assertThat(shownWhole(coordinator, document)).as("the document's name, wrapped on the phone").isTrue();

            coordinator.open("/work/requests?standing=all&q=" + request.reference());
            fitsThePhone(coordinator, "phone-staff-requests");
            assertThat(shownWhole(coordinator, coordinator.find("requests").findElement(By.cssSelector("tbody a"))))
                    .as("the request's reference").isTrue();
        }
    }

    @Test
    void onAPhoneTheStaffHeaderFoldsAndItsMenuOpensWithTheKeyboardWhileTheDesktopKeepsItOpen() {
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.phone();
            coordinator.open("/work");
            WebElement header = coordinator.driver().findElement(By.tagName("header"));
            WebElement button = coordinator.find("staff-menu-button");
            assertThat(header.getRect().getHeight()).as("folded header at 375 px").isLessThanOrEqualTo(FOLDED_HEADER_HEIGHT);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(coordinator.find(button.getAttribute("aria-controls")).isDisplayed()).isFalse();

            button.sendKeys(Keys.ENTER);

            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(navLinks(coordinator)).allMatch(WebElement::isDisplayed).extracting(WebElement::getText)
                    .contains("Tasks", "Requests", "Treaty register", "Dashboard");
            assertThat(coordinator.driver().findElement(By.cssSelector("header button[type=submit]")).isDisplayed()).isTrue();
            fitsThePhone(coordinator, "phone-staff-menu-open");

            coordinator.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(coordinator.driver().switchTo().activeElement()).isEqualTo(button);

            coordinator.desktop();
            coordinator.waitUntil(d -> !button.isDisplayed());
            assertThat(navLinks(coordinator)).allMatch(WebElement::isDisplayed);
            assertThat(header.getRect().getHeight()).as("desktop header, one line").isLessThanOrEqualTo(FOLDED_HEADER_HEIGHT);
            coordinator.screenshot("desktop-staff-tasks");
        }
    }

    @Test
    void onADesktopTheTaskListTheTaskAndTheFileKeepTheirColumnsAndHeader() {
        AssistanceRequest request = requestWithLongWords();
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.open("/work?view=unassigned&q=" + request.reference());
            assertThat(coordinator.all("#tasks thead th")).hasSize(7).allMatch(WebElement::isDisplayed);
            assertThat(coordinator.find("staff-menu-button").isDisplayed()).isFalse();
            coordinator.assertNoSidewaysScroll("desktop-staff-tasks-search");
            coordinator.find("tasks").findElement(By.cssSelector("a[href*='/work/tasks/']")).click();
            coordinator.waitUntil(d -> !coordinator.all("#claim").isEmpty());
            coordinator.assertNoSidewaysScroll("desktop-staff-task");
            coordinator.open("/work/requests/" + request.reference());
            assertThat(coordinator.all("#documents thead th")).hasSize(4).allMatch(WebElement::isDisplayed);
            coordinator.assertNoSidewaysScroll("desktop-staff-file");
            coordinator.open("/work/requests?standing=all");
            coordinator.assertNoSidewaysScroll("desktop-staff-requests");
        }
    }

    @Test
    void inFrenchOnAPhoneTheStaffPagesFitAndNameEachCellByItsColumn() {
        AssistanceRequest request = requestWithLongWords();
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator", "fr")) {
            coordinator.phone();
            coordinator.open("/work?view=unassigned&q=" + request.reference());
            assertThat(coordinator.heading()).isEqualTo("Tâches");
            assertThat(coordinator.find("staff-menu-button").getText()).isEqualTo("Menu");
            assertThat(coordinator.all("#tasks tbody td").stream().map(td -> td.getAttribute("data-label")))
                    .contains("Référence", "Tâche", "Échéance");
            fitsThePhone(coordinator, "phone-staff-fr-tasks");
            coordinator.find("tasks").findElement(By.cssSelector("a[href*='/work/tasks/']")).click();
            coordinator.waitUntil(d -> !coordinator.all("#claim").isEmpty());
            fitsThePhone(coordinator, "phone-staff-fr-task");
            coordinator.open("/work/requests/" + request.reference());
            fitsThePhone(coordinator, "phone-staff-fr-file");
            coordinator.open("/work/requests?standing=all");
            fitsThePhone(coordinator, "phone-staff-fr-requests");
            coordinator.open("/work?lang=en");
        }
    }

    @Test
    void onAPhoneAnOfficerReadsTheFindingsPageWithoutScrollingSideways() {
        AssistanceRequest request = requestWithLongWords();
        scenario.screenAsComplete(request);
        try (HeadlessChromium officer = HeadlessChromium.signedIn(port, "ohchr.officer")) {
            officer.phone();
            officer.open("/work/requests/" + request.reference() + "/findings");
            assertThat(officer.driver().findElement(By.tagName("header")).getRect().getHeight())
                    .isLessThanOrEqualTo(FOLDED_HEADER_HEIGHT);
            fitsThePhone(officer, "phone-staff-findings");
            officer.open("/work");
            fitsThePhone(officer, "phone-staff-officer-tasks");
        }
    }

    /** A request whose title, contact and document name are long unbroken words, as real ones can be. */
    private AssistanceRequest requestWithLongWords() {
        AssistanceRequest request = scenario.submit(aRequest()
                .with("title", "Ley-de-migraciones-978/96-y-su-reglamentación-consolidada " + System.nanoTime())
                .with("contactEmail", "direccion.general.de.migraciones.asuntos.internacionales@cancilleria.gov.py"));
        documents.upload(RequestScenario.PARAGUAY, request.reference(), new MockMultipartFile("file", LONG_FILE_NAME,
                "text/plain", "Ley de migraciones.\n".getBytes(StandardCharsets.UTF_8)), "EXISTING_LAW");
        return request;
    }

    private static List<WebElement> navLinks(HeadlessChromium browser) {
        return browser.all("header nav[aria-label='Staff workspace'] a");
    }

    private static void fitsThePhone(HeadlessChromium browser, String screenshot) {
        browser.assertNoSidewaysScroll(screenshot);
        browser.assertAccessible();
    }

    /** Displayed, and once scrolled to, wholly inside the phone's viewport. */
    private static boolean shownWhole(HeadlessChromium browser, WebElement element) {
        // scrolled down the page only: scrollIntoView would also scroll a table's own box sideways
        return element.isDisplayed() && (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "var top = arguments[0].getBoundingClientRect().top + scrollY;"
                        + "window.scrollTo({left: 0, top: top - innerHeight / 2, behavior: 'instant'});"
                        + "var r = arguments[0].getBoundingClientRect();"
                        + "return r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;",
                element);
    }
}
