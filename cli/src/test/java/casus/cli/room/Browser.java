package casus.cli.room;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver: one browser window of 1920 by
 * 1080 pixels, as on a projector. Tests that need it are skipped where Chromium is not installed
 * ({@code .ci/run} installs it).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1920,1080",
                "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        // The window's size includes what surrounds the page; the page itself gets 1920 by 1080.
        List<?> frame = (List<?>) d.executeScript("return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        d.manage().window().setSize(new org.openqa.selenium.Dimension(1920 + ((Number) frame.get(0)).intValue(),
                1080 + ((Number) frame.get(1)).intValue()));
        return new Browser(d);
    }

    WebDriver driver() {
        return driver;
    }

    void get(String url) {
        driver.get(url);
    }

    /** Opens a new tab at the address and returns its handle; the tab is the current one after. */
    String tab(String url) {
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        driver.get(url);
        return driver.getWindowHandle();
    }

    /** Makes a tab the current one. */
    void to(String handle) {
        driver.switchTo().window(handle);
    }

    /** Closes the current tab and goes to another. */
    void closeTab(String next) {
        driver.close();
        driver.switchTo().window(next);
    }

    /** Clicks the element once it is shown. */
    void click(String css) {
        until(css + " can be clicked", d -> {
            List<WebElement> e = d.findElements(By.cssSelector(css));
            return !e.isEmpty() && e.get(0).isDisplayed() && e.get(0).isEnabled() ? e.get(0) : null;
        }).click();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the condition holds (is neither null nor false), and returns what it gave. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
        } catch (RuntimeException e) {
            throw new AssertionError(what + "; the browser's console: " + console(), e);
        }
    }

    /** Waits until an element's text contains the given text. */
    void untilText(String css, String text) {
        until(css + " shows '" + text + "'", d -> {
            List<WebElement> e = d.findElements(By.cssSelector(css));
            return !e.isEmpty() && e.get(0).getText().contains(text);
        });
    }

    /** Runs a script in the page and returns what it returns. */
    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** The script that lists every visible element whose own text is smaller than arguments[0] pixels. */
    private static final String SMALL_TEXT = String.join("\n",
            "const out = [];",
            "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);",
            "for (let n = walk.nextNode(); n; n = walk.nextNode()) {",
            "  const e = n.parentElement;",
            "  if (!n.textContent.trim() || !e || !e.getClientRects().length) continue;",
            "  const size = parseFloat(getComputedStyle(e).fontSize);",
            "  if (size < arguments[0]) out.push(e.tagName + '#' + e.id + ': ' + n.textContent.trim().slice(0, 40) + ' (' + size + ')');",
            "}",
            "return out;");

    /** Every visible element whose own text is set in less than {@code px} pixels, as "tag#id: text (size)". */
    @SuppressWarnings("unchecked")
    List<String> textSmallerThan(int px) {
        return (List<String>) script(SMALL_TEXT, px);
    }

    String console() {
        StringBuilder s = new StringBuilder();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            s.append('\n').append(e.getLevel()).append(' ').append(e.getMessage());
        }
        return s.toString();
    }

    /** Saves what the window shows as a PNG. */
    Path screenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
