package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gcmkg.JarProcess;
import org.gcmkg.ServedJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.remote.RemoteWebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium, driven by Selenium through Debian's chromedriver, on the
 * shaded jar serving the graph with the UN SDG vocabularies from {@code data/vocab} answering
 * {@code SERVICE <https://metadata.un.org/sparql>}. It asserts what is on screen, and leaves screenshots of the pages
 * it saw in {@code target/screenshots/}.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path QUERIES = Path.of("queries");
    /** Words of a control that can only fail on a read-only server. */
    static final Pattern FORBIDDEN =
            Pattern.compile("(?i)\\b(upload|add data|edit|manage|delete|drop|admin|" + "new dataset|backup)\\b");

    @RegisterExtension
    static final ServedJar.Shared SERVER = new ServedJar.Shared();

    @TempDir
    static Path tmp;

    static String base;
    /** Selenium's own test of whether an element is displayed, the one {@code WebElement.isDisplayed()} runs. */
    static String isDisplayed;

    static ChromeDriver browser;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is installed (src/test/e2e/install.sh)");
        assertTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER + " is installed (src/test/e2e/install.sh)");
        base = SERVER.get().base;
        try (InputStream atom =
                RemoteWebElement.class.getResourceAsStream("/org/openqa/selenium/remote/isDisplayed.js")) {
            isDisplayed = new String(atom.readAllBytes(), StandardCharsets.UTF_8);
        }

        ChromeOptions options = new ChromeOptions();
        // Debian's browser and driver, named outright: Selenium Manager then has nothing to download.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + tmp.resolve("chromium"),
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        screenshots = JarProcess.JAR.getParent().resolve("screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String path) {
        browser.get(base + path);
        assertNoFailingControl();
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /**
     * No link, button or file field on screen offers what a read-only server refuses. What the controls on screen say
     * is read in one script: a WebDriver call per control and property took a minute over the pages of this class.
     */
    private static void assertNoFailingControl() {
        @SuppressWarnings("unchecked")
        List<List<String>> controls =
                (List<List<String>>) browser.executeScript("var isDisplayed = " + isDisplayed + ";"
                        + "return Array.from(document.querySelectorAll('a, button, input, select, textarea'))"
                        + ".filter(function (c) { return isDisplayed(c); })"
                        + ".map(function (c) { return [c.localName,"
                        + " c.innerText === undefined ? c.textContent : c.innerText, c.getAttribute('value'),"
                        + " c.getAttribute('aria-label'), c.getAttribute('type')]; });");
        for (List<String> c : controls) {
            String tag = c.get(0);
            String text = c.get(1);
            // A link of more than three words is a title or a question (objective 11 "Manage borders..."), not a
            // command.
            if (tag.equals("a") && text.strip().split("\\s+").length > 3) {
                continue;
            }
            String words = text + " " + c.get(2) + " " + c.get(3);
            assertTrue(!FORBIDDEN.matcher(words).find(), browser.getCurrentUrl() + " shows the control: " + words);
            assertTrue(!"file".equals(c.get(4)), browser.getCurrentUrl() + " has a file upload");
        }
    }

    /** A screenshot of the whole page, as wide as the window, for docs/. */
    private static void screenshot(String name, int height) throws IOException {
        browser.manage().window().setSize(new Dimension(1400, height));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(), screenshots.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void homePageListsTheObjectivesAndEveryQuery() throws Exception {
        open("/");
        List<WebElement> objectives = browser.findElements(By.cssSelector("ol.objectives li a"));
        assertEquals(23, objectives.size());
        assertEquals(
                "Ensure that all migrants have proof of legal identity and adequate documentation",
                objectives.get(3).getText());
        long files;
        try (Stream<Path> walk = Files.walk(QUERIES)) {
            files = walk.filter(f -> f.toString().endsWith(".rq")).count();
        }
        assertEquals(32, files);
        List<WebElement> queries = browser.findElements(By.cssSelector("#ask li.query"));
        assertEquals(files, queries.size());
        assertTrue(
                queries.get(1).getText().contains("which GCM objectives serve SDG target 10.7"),
                queries.get(1).getText());
        List<String> counts = browser.findElements(By.cssSelector("ul.counts li")).stream()
                .map(WebElement::getText)
                .map(t -> t.replace('\n', ' '))
                .toList();
        assertEquals(List.of("23 objectives", "187 actions", "94 examples of implementation"), counts.subList(0, 3));
        assertTrue(browser.findElement(By.cssSelector("form.search.big input[name=q]"))
                .isDisplayed());
        for (String link : List.of("/ontology", "/.well-known/void", "/dumps/", "/query")) {
            assertTrue(
                    !browser.findElements(By.cssSelector("#data a[href='" + link + "']"))
                            .isEmpty(),
                    link);
        }
        assertTrue(browser.findElement(By.cssSelector("#data pre")).getText().startsWith("curl "));
        screenshot("home", 2400);
    }

    @Test
    void aQueryOpensInTheEditorAndRunsToATable() throws Exception {
        open("/");
        WebElement question = browser.findElements(By.cssSelector("#ask li.query")).stream()
                .filter(q -> q.getText().contains("02-target-names-in-french-and-spanish.rq"))
                .findFirst()
                .orElseThrow();
        question.findElement(By.cssSelector("a.table")).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results-table tbody")));
        assertNoFailingControl();
        List<String> codes = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("table.results-table tbody tr"))) {
            codes.add(row.findElements(By.tagName("td")).get(1).getText());
        }
        // Objective 4's four targets, with the UN's French and Spanish names of 10.7.
        assertEquals(List.of("1.3", "10.7", "16.9", "17.18"), codes);
        String row107 = browser.findElements(By.cssSelector("table.results-table tbody tr"))
                .get(1)
                .getText();
        assertTrue(row107.contains("Faciliter la migration et la mobilité de façon ordonnée"), row107);
        assertTrue(row107.contains("Facilitar la migración y la movilidad ordenadas"), row107);
        assertEquals("4 rows", browser.findElement(By.id("status")).getText().replaceAll(" in .*", ""));
        // The editor shows the query, and Run runs what it holds.
        assertTrue(browser.findElement(By.cssSelector(".CodeMirror")).getText().contains("SERVICE"));
        screenshot("query-editor", 1300);

        open("/query?example=06-objective-actions");
        browser.findElement(By.id("run")).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results-table tbody")));
        List<String> letters = browser.findElements(By.cssSelector("table.results-table tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText())
                .toList();
        assertEquals(List.of("a", "b", "c", "d", "e"), letters);
    }

    @ParameterizedTest
    @CsvSource({
        "objectives-sdg-goals, 116",
        "instruments-objectives, 32",
        "examples-by-region, 70",
        "objectives-addressed, 23"
    })
    void eachChartIsDrawnWithData(String chart, int points) throws Exception {
        open("/charts/" + chart);
        WebElement element = browser.findElement(By.id("chart"));
        waitUpTo(30).until(d -> !"loading".equals(element.getDomAttribute("data-state")));
        assertEquals(
                "drawn",
                element.getDomAttribute("data-state"),
                browser.findElement(By.id("chart-status")).getText());
        assertEquals(String.valueOf(points), element.getDomAttribute("data-points"));
        WebElement canvas = element.findElement(By.tagName("canvas"));
        assertTrue(
                canvas.getSize().getWidth() > 600 && canvas.getSize().getHeight() > 400,
                canvas.getSize().toString());
        // The query that computed it is under it, and opens in the editor.
        assertTrue(browser.findElement(By.id("chart-query")).getText().contains("SELECT"));
        assertTrue(browser.findElement(By.id("open-in-editor"))
                .getDomAttribute("href")
                .startsWith("/query?query="));
        if (chart.equals("objectives-sdg-goals")) {
            screenshot("chart-objectives-sdg-goals", 1150);
        }
    }

    /** Opens a chart page and waits until the chart is drawn. */
    private static WebElement drawnChart(String path) {
        open(path);
        WebElement element = browser.findElement(By.id("chart"));
        waitUpTo(30).until(d -> "drawn".equals(element.getDomAttribute("data-state")));
        return element;
    }

    /**
     * Clicks where ECharts drew the data point {@code point} (a script expression over the chart's options {@code
     * o}): a real click at the place the chart itself reports.
     */
    private static void clickAt(WebElement element, String point) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) ((JavascriptExecutor) browser)
                .executeScript(
                        "var e = arguments[0]; e.scrollIntoView(true);"
                                + "var c = echarts.getInstanceByDom(e), o = c.getOption(), box = e.getBoundingClientRect();"
                                + "var p = c.convertToPixel({seriesIndex: 0}, " + point + ");"
                                + "return [box.left + p[0], box.top + p[1]];",
                        element);
        new Actions(browser)
                .moveToLocation(xy.get(0).intValue(), xy.get(1).intValue())
                .click()
                .perform();
    }

    @Test
    void anObjectivesBarLinksToItsPage() {
        WebElement chart = drawnChart("/charts/objectives-addressed");
        assertEquals(
                "23 objectives from 23 rows of the query below.",
                browser.findElement(By.id("chart-status")).getText());
        // The middle of objective 13's bar of statements.
        clickAt(
                chart,
                "(function (i) { return [o.series[0].data[i] / 2, i]; })(o.yAxis[0].data.indexOf('Objective 13'))");
        waitUpTo(20).until(ExpectedConditions.urlContains("/id/objective/13"));
        assertNoFailingControl();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Objective 13:"));
    }

    @Test
    void anInstrumentCellLinksToItsEvidence() {
        // The cell of objective 4 and the Convention on the Rights of the Child.
        clickAt(
                drawnChart("/charts/instruments-objectives"),
                "[o.xAxis[0].data.indexOf('4'), o.yAxis[0].data.indexOf('Convention on the Rights of the Child')]");
        waitUpTo(20).until(ExpectedConditions.urlContains("/charts/evidence"));
        assertNoFailingControl();
        List<WebElement> rows = browser.findElements(By.cssSelector("table.evidence tr td.context"));
        assertEquals(1, rows.size());
        assertEquals(
                "Convention on the Rights of the Child",
                rows.get(0).findElement(By.tagName("mark")).getText());
        String row = browser.findElement(By.cssSelector("table.evidence tr:nth-child(2)"))
                .getText();
        assertTrue(row.contains("Objective 4 example 2"), row);
        assertTrue(row.contains("gcm-implementation-booklet.txt 44144–44181"), row);
    }

    @Test
    void fromObjective4ToAnExampleToACountry() throws Exception {
        open("/");
        browser.findElement(By.linkText(
                        "Ensure that all migrants have proof of legal identity and adequate " + "documentation"))
                .click();
        assertEquals(
                "Objective 4: Ensure that all migrants have proof of legal identity and adequate documentation",
                browser.findElement(By.tagName("h1")).getText());
        assertNoFailingControl();
        // Its actions and examples come first, in order.
        List<WebElement> parts = browser.findElements(By.cssSelector("section.parts"));
        assertEquals("Actions (7)", parts.get(0).findElement(By.tagName("h2")).getText());
        assertEquals("Examples (3)", parts.get(1).findElement(By.tagName("h2")).getText());
        List<String> examples = parts.get(1).findElements(By.cssSelector("li a")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
        assertEquals(
                List.of("/id/objective/4/example/1", "/id/objective/4/example/2", "/id/objective/4/example/3"),
                examples);
        screenshot("resource-page", 1300);
        parts.get(1).findElements(By.cssSelector("li a")).get(2).click();
        assertTrue(
                browser.findElement(By.tagName("h1"))
                        .getText()
                        .startsWith("Objective 4 example 3: The matrícula " + "consular"),
                browser.findElement(By.tagName("h1")).getText());
        assertNoFailingControl();
        browser.findElement(By.cssSelector("table.statements a[href='/id/country/MEX']"))
                .click();
        assertEquals("Mexico", browser.findElement(By.tagName("h1")).getText());
        assertNoFailingControl();
        // What links to Mexico, grouped by property, with counts.
        List<String> groups = browser.findElements(By.cssSelector("section.group h3")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(groups.stream().anyMatch(g -> g.matches("(?i)country \\d+")), groups.toString());
    }

    @Test
    void noPageOffersAControlThatCanOnlyFail() {
        for (String path : List.of(
                "/",
                "/query",
                "/charts",
                "/ontology",
                "/search?q=consular",
                "/dumps/",
                "/.well-known/void",
                "/id/objective/23",
                "/resource?uri=http%3A%2F%2Fmetadata.un.org%2Fsdg%2F10.7")) {
            open(path);
            assertTrue(browser.findElement(By.tagName("h1")).isDisplayed(), path);
        }
        // Fuseki's own UI, with its dataset management, is not served.
        browser.get(base + "/#/manage");
        assertEquals(
                "The Global Compact for Migration as a knowledge graph",
                browser.findElement(By.tagName("h1")).getText());
        assertNoFailingControl();
    }
}
