package org.advisorydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, signed in to the application under test. A
 * missing browser skips the browser tests on a workstation and fails them under CI=true.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    /** A phone's width in CSS pixels, as an iPhone X or 11 Pro. */
    public static final int PHONE_WIDTH = 375;

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private HeadlessChromium(int port) {
        try {
            profile = Files.createTempDirectory("portal-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    /** Skips (or, under CI=true, fails) when Debian's chromium and chromium-driver are not installed. */
    public static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "No " + CHROMIUM + " and " + CHROMEDRIVER + ": browser tests skipped");
    }

    /** Not signed in: what anyone on the web sees. */
    public static HeadlessChromium anonymous(int port) {
        return new HeadlessChromium(port);
    }

    public static HeadlessChromium signedIn(int port, String user) {
        return signedIn(port, user, "en");
    }

    /** Signed in after choosing the language on the sign-in page, as a user does. */
    public static HeadlessChromium signedIn(int port, String user, String language) {
        HeadlessChromium browser = new HeadlessChromium(port);
        browser.open("/login?lang=" + language);
        browser.find("username").sendKeys(user);
        browser.find("password").sendKeys("demo");
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        return browser;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public WebDriver driver() {
        return driver;
    }

    public String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Waits for the condition; an element htmx swapped out while it was read is read again. */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public void waitForPath(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(prefix));
    }

    /** axe-core on the current page: no serious or critical violation. */
    public void assertAccessible() {
        List<String> blocking = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " on " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(blocking).as("serious or critical axe violations on " + path()).isEmpty();
    }

    /** A phone's viewport: 375 by 812 CSS pixels, touch, as an iPhone X or 11 Pro. */
    public void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 812, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the window's own size (1280 wide) after {@link #phone()}. */
    public void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Nothing on the page scrolls sideways: it is no wider than its viewport; a screenshot of the page is kept. */
    public void assertNoSidewaysScroll(String screenshot) {
        screenshotOfThePage(screenshot);
        Object widths = ((JavascriptExecutor) driver).executeScript(
                "var e = document.documentElement; return [e.scrollWidth, e.clientWidth];");
        List<?> both = (List<?>) widths;
        assertThat(((Number) both.get(0)).intValue()).as("scroll width of " + path())
                .isLessThanOrEqualTo(((Number) both.get(1)).intValue());
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page from its top (at most 8,000 px of it), not only what the viewport shows. */
    public void screenshotOfThePage(String name) {
        Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of(
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                        "height", Math.min(8_000, height.intValue()), "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile left in the temporary directory is harmless
        }
    }
}
