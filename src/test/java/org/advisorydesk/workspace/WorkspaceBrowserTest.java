package org.advisorydesk.workspace;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff workspace in headless Chromium: keyboard use, the request's file, errors, accessibility. */
@DeskTest
class WorkspaceBrowserTest {

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired TaskService taskService;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @Test
    void coordinatorClaimsAndCompletesATaskWithTheKeyboardAlone() {
        AssistanceRequest request = scenario.submit(aRequest().with("title", "Keyboard " + System.nanoTime()));
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.open("/work?view=unassigned&q=" + request.reference());

            press(coordinator, Keys.TAB);
            assertThat(focused(coordinator).getText()).isEqualTo("Skip to the content");
            WebElement taskLink = coordinator.find("tasks").findElement(By.cssSelector("a[href*='/work/tasks/']"));
            taskLink.sendKeys(Keys.ENTER);
            coordinator.waitUntil(d -> !coordinator.all("#claim").isEmpty());
            coordinator.find("claim").sendKeys(Keys.ENTER);
            coordinator.waitUntil(d -> !coordinator.all("#unclaim").isEmpty());
            coordinator.driver().findElement(By.cssSelector("input[name=screeningOutcome][value=COMPLETE]")).sendKeys(Keys.SPACE);
            coordinator.find("complete").sendKeys(Keys.ENTER);
            coordinator.waitUntil(d -> d.getCurrentUrl().endsWith("/work"));

            assertThat(scenario.tasks(RequestScenario.COORDINATOR, request, "confirm-routing", null)).hasSize(1);
            coordinator.screenshot("workspace-keyboard-done");
        }
    }

    @Test
    void requestListTheRequestsFileAndEveryTaskViewPassAxe() {
        AssistanceRequest request = scenario.submit(aRequest().with("title", "File " + System.nanoTime()));
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.open("/work/requests/" + request.reference());
            assertThat(coordinator.heading()).contains(request.reference()).contains(request.title());
            coordinator.assertAccessible();
            coordinator.screenshot("workspace-request-file");

            for (String view : new String[] { "mine", "groups", "unassigned", "overdue" }) {
                coordinator.open("/work?view=" + view);
                coordinator.assertAccessible();
            }
            coordinator.open("/work/requests?standing=all");
            assertThat(coordinator.find("requests").getText()).contains(request.reference());
            coordinator.assertAccessible();
            coordinator.screenshot("workspace-request-list");
            coordinator.open("/work?view=groups&sort=state&dir=desc&lang=es");
            assertThat(coordinator.heading()).isEqualTo("Tareas");
            coordinator.assertAccessible();
            coordinator.screenshot("workspace-tasks-spanish");
            coordinator.open("/work?lang=en");
        }
    }

    @Test
    void searchAndPagingUpdateTheListInPlace() {
        AssistanceRequest request = scenario.submit(aRequest().with("title", "In place " + System.nanoTime()));
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.open("/work?view=groups");
            WebElement heading = coordinator.driver().findElement(By.tagName("h1"));

            coordinator.find("search").sendKeys(request.reference(), Keys.ENTER);
            coordinator.waitUntil(d -> coordinator.find("task-count").getText().endsWith(" 1"));

            assertThat(coordinator.find("tasks").getText()).contains(request.reference());
            assertThat(coordinator.path()).contains("q=" + request.reference());
            // the page was not reloaded: the heading found before the search is still the page's
            assertThat(heading.isDisplayed()).isTrue();
            coordinator.screenshot("workspace-search-in-place");
        }
    }

    @Test
    void unknownTaskIsANotFoundPageThatPassesAxe() {
        try (HeadlessChromium ilo = HeadlessChromium.signedIn(port, "ilo.officer")) {
            ilo.open("/work/tasks/no-such-task");
            assertThat(ilo.heading()).isEqualTo("Not found");
            ilo.assertAccessible();
            ilo.screenshot("workspace-not-found");
        }
    }

    private static void press(HeadlessChromium browser, Keys key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static WebElement focused(HeadlessChromium browser) {
        return browser.driver().switchTo().activeElement();
    }
}
