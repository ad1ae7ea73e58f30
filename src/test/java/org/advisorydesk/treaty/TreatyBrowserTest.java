package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.advisorydesk.DeskTest;
import org.advisorydesk.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 in headless Chromium under axe: a coordinator records a ratification on a State's page and
 * sees the map change colour, an ILO ratification with its first report on 1 September, the import's
 * preview, the French page, and {@code /status} signed out. Sudan (a seeded signatory), Zimbabwe and
 * Ukraine are this test's own.
 */
@DeskTest
class TreatyBrowserTest {

    @LocalServerPort int port;
    @Autowired TreatySeed seed;

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireChromium();
    }

    @BeforeEach
    void seeded() throws Exception {
        seed.seedIfEmpty();
    }

    @Test
    void aCoordinatorRecordsARatificationAndSeesEntryIntoForceReportsAndTheMapChange() {
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.open("/work");
            coordinator.driver().findElement(By.linkText("Treaty register")).click();
            coordinator.waitForPath("/work/treaty");
            assertThat(coordinator.heading()).isEqualTo("Treaty register");
            assertThat(coordinator.find("map-SDN").getAttribute("class")).isEqualTo("st-SIGNED");
            assertThat(coordinator.find("map-SDN").findElement(By.xpath("..")).getAttribute("aria-label")).isEqualTo("Sudan: Signed");
            coordinator.assertAccessible();
            coordinator.screenshot("treaty-register");

            coordinator.open("/work/treaty/SDN");
            new Select(coordinator.find("action-instrument")).selectByValue("ICRMW");
            new Select(coordinator.find("action-action")).selectByValue("RATIFICATION");
            date(coordinator, "action-date", "2008-09-23");
            coordinator.find("form-action").submit();
            coordinator.waitForPath("recorded=action");
            assertThat(coordinator.find("status-ICRMW").getText()).isEqualTo("Ratified");
            assertThat(coordinator.find("entry-into-force-ICRMW").getText()).isEqualTo("1 January 2009");
            assertThat(coordinator.find("report-ICRMW-0").getText()).contains("Initial report").contains("1 January 2010")
                    .contains("Overdue by");
            coordinator.assertAccessible();
            coordinator.screenshot("treaty-state-ratified");

            new Select(coordinator.find("action-instrument")).selectByValue("ILO_C143");
            new Select(coordinator.find("action-action")).selectByValue("RATIFICATION");
            date(coordinator, "action-date", "2013-12-12");
            coordinator.find("form-action").submit();
            coordinator.waitUntil(d -> d.findElement(By.id("entry-into-force-ILO_C143")).getText().equals("12 December 2014"));
            assertThat(coordinator.find("report-ILO_C143-0").getText()).contains("1 September 2015");

            date(coordinator, "report-submittedOn", "2999-01-01");
            coordinator.find("form-report").submit();
            coordinator.waitUntil(d -> !d.findElements(By.id("report-submittedOn-problem")).isEmpty());
            assertThat(coordinator.find("report-submittedOn").getAttribute("aria-describedby")).isEqualTo("report-submittedOn-problem");
            coordinator.assertAccessible();

            coordinator.open("/work/treaty?instrument=ICRMW");
            assertThat(coordinator.find("map-SDN").getAttribute("class")).isEqualTo("st-RATIFIED");

            coordinator.open("/work/treaty/SDN?lang=fr");
            assertThat(coordinator.find("entry-into-force-ICRMW").getText()).isEqualTo("1 janvier 2009");
            assertThat(coordinator.find("status-ICRMW").getText()).isEqualTo("Ratifiée");
            coordinator.assertAccessible();
            coordinator.screenshot("treaty-state-fr");
            coordinator.driver().manage().window().setSize(new Dimension(375, 900));
            coordinator.open("/work/treaty?lang=fr");
            coordinator.assertAccessible();
            coordinator.screenshot("treaty-register-fr-375");
            coordinator.driver().manage().window().setSize(new Dimension(1280, 1400));
            coordinator.open("/work/treaty?lang=en");
        }
        try (HeadlessChromium reader = HeadlessChromium.anonymous(port)) {
            reader.open("/status");
            assertThat(reader.heading()).isEqualTo("Treaty status");
            assertThat(reader.find("status-SDN").getText()).contains("23 September 2008").contains("1 January 2009");
            assertThat(reader.find("map-SDN").getAttribute("class")).isEqualTo("st-RATIFIED");
            reader.assertAccessible();
            reader.screenshot("treaty-status");
            reader.open("/status?lang=es&instrument=ILO_C143");
            assertThat(reader.find("status-SDN").getText()).contains("1 de septiembre de 2015");
            reader.assertAccessible();
        }
    }

    @Test
    void aCoordinatorUploadsAStatusTableAndReadsThePreviewBeforeApplyingIt() throws Exception {
        Path table = Files.createTempFile("untc-status", ".csv");
        Files.writeString(table, "Participant,Signature,Ratification\nZimbabwe,,12 Mar 2015\nUkraine,\"1 Mar 2019\",\n");
        try (HeadlessChromium coordinator = HeadlessChromium.signedIn(port, "coordinator")) {
            coordinator.open("/work/treaty/import");
            new Select(coordinator.find("import-instrument")).selectByValue("ILO_C97");
            coordinator.find("import-file").sendKeys(table.toAbsolutePath().toString());
            coordinator.find("import-form").submit();
            coordinator.waitUntil(d -> !d.findElements(By.id("import-preview")).isEmpty());
            assertThat(coordinator.find("import-row-2").getText()).contains("Zimbabwe").contains("ZWE").contains("12 March 2015");
            assertThat(coordinator.find("import-row-3").getText()).contains("No change");
            coordinator.assertAccessible();
            coordinator.screenshot("treaty-import-preview");

            coordinator.find("import-apply").submit();
            coordinator.waitUntil(d -> !d.findElements(By.id("import-applied")).isEmpty());
            coordinator.open("/work/treaty/ZWE");
            assertThat(coordinator.find("status-ILO_C97").getText()).isEqualTo("Ratified");
            assertThat(coordinator.find("report-ILO_C97-0").getText()).contains("1 September 2017");
        } finally {
            Files.deleteIfExists(table);
        }
    }

    private static void date(HeadlessChromium browser, String id, String isoDate) {
        // a date input takes its value as the browser's own keys would set it
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", browser.find(id), isoDate);
    }
}
