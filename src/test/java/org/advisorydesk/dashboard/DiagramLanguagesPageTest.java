package org.advisorydesk.dashboard;

import static org.advisorydesk.dashboard.DashboardScript.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** Issue 15: the dashboard's process diagrams, their flows and their tables in the manager's language. */
@DeskTest
class DiagramLanguagesPageTest {

    /** A name drawn in SVG: its lines are the tspans of one text element. */
    private static final Pattern DRAWN = Pattern.compile("<text class=\"pd-[a-z -]+\"[^>]*>(.*?)</text>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("<tspan[^>]*>([^<]*)</tspan>");
    /** An activity's name in the table under the drawing. */
    private static final Pattern ROW = Pattern.compile("<tr data-activity=\"[^\"]+\">\\s*<th scope=\"row\">.*?<a[^>]*>([^<]*)</a>", Pattern.DOTALL);

    @LocalServerPort int port;
    @Autowired DashboardScript script;
    @Autowired MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void theManagerReadsEveryDiagramNameInTheirLanguage(String language) throws IOException {
        script.run();
        Locale locale = Locale.forLanguageTag(language);
        String approve = messages.getMessage("work.task.approve-deliverable", null, locale);

        String heatmap = heatmap(PageSession.signedIn(port, "manager").get("/work/dashboard?" + PERIOD + "&lang=" + language).body());
        List<String> drawn = drawnNames(heatmap);
        List<String> tabulated = all(ROW, heatmap);

        assertThat(approve).isNotEqualTo("Approve deliverable");
        assertThat(tabulated).as("the scripted request's approvals, in the table").contains(approve);
        assertThat(drawn).contains(approve, messages.getMessage("bpmn.reporting-support.deliverable-rejected", null, locale),
                messages.getMessage("bpmn.treaty-monitoring.report-arrived", null, locale));
        assertThat(heatmap).contains("<title>" + approve).doesNotContain("Approve deliverable", "??");
        Set<String> english = englishOnlyNames(language);
        assertThat(drawn).as("names drawn in English").noneMatch(english::contains);
        assertThat(tabulated).as("names tabulated in English").noneMatch(english::contains);
    }

    /** From the heatmap's heading to the next section's. */
    private static String heatmap(String page) {
        int start = page.indexOf("id=\"heatmap-heading\"");
        int end = page.indexOf("id=\"load-heading\"");
        assertThat(start).as("the heatmap on the page").isPositive().isLessThan(end);
        return page.substring(start, end);
    }

    /** Every name the drawings write, its lines joined again. */
    private static List<String> drawnNames(String html) {
        List<String> names = new ArrayList<>();
        Matcher text = DRAWN.matcher(html);
        while (text.find()) {
            List<String> lines = all(LINE, text.group(1));
            names.add(unescape(lines.isEmpty() ? text.group(1) : String.join(" ", lines)).strip());
        }
        assertThat(names).as("names drawn").hasSizeGreaterThan(50);
        return names;
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(unescape(m.group(1)).strip());
        }
        return found;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The BPMN's English names that the language writes otherwise. */
    private static Set<String> englishOnlyNames(String language) throws IOException {
        Properties english = BpmnTextsTest.bundle("bpmn.properties");
        Properties translated = BpmnTextsTest.bundle("bpmn_" + language + ".properties");
        return english.stringPropertyNames().stream()
                .filter(key -> !english.getProperty(key).equals(translated.getProperty(key)))
                .map(english::getProperty).collect(Collectors.toSet());
    }
}
