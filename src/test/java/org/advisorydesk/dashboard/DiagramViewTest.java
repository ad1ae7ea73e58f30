package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advisorydesk.dashboard.DiagramView.Colour;
import org.advisorydesk.dashboard.DiagramView.ShapeView;
import org.advisorydesk.dashboard.DiagramView.Step;
import org.advisorydesk.dashboard.ProcessDiagram.Kind;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The colour scale, the layout of names and the fragment, without the application. */
class DiagramViewTest {

    private static final double AA_NORMAL_TEXT = 4.5;
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    private final ProcessDiagram assistanceRequest = ProcessDiagrams.read(
            Bpmn.readModelFromFile(new File("bpmn/assistance-request.bpmn")), "assistance-request");

    @Test
    void stepsDarkenFromTheShortestWaitToTheLongest() {
        List<Double> luminances = DiagramView.STEPS.stream().map(c -> luminance(c.fill())).toList();

        assertThat(luminances).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
    }

    @Test
    void textOnEveryStepAndOnTheNeutralFillMeetsWcagAa() {
        for (Colour colour : DiagramView.STEPS) {
            assertThat(contrast(colour.fill(), colour.text())).as(colour.toString()).isGreaterThanOrEqualTo(AA_NORMAL_TEXT);
        }
        assertThat(contrast(DiagramView.NEUTRAL.fill(), DiagramView.NEUTRAL.text())).isGreaterThanOrEqualTo(AA_NORMAL_TEXT);
    }

    @Test
    void aLongerMeanNeverGetsALighterStep() {
        DiagramView view = DiagramView.of(assistanceRequest, figures(
                figure("screen-request", 1), figure("provide-clarification", 30), figure("confirm-routing", 55),
                figure("review-deliverables", 70), figure("answer-question", 100)));

        List<Integer> steps = List.of("screen-request", "provide-clarification", "confirm-routing", "review-deliverables",
                "answer-question").stream().map(id -> shape(view, id).step().index()).toList();

        assertThat(steps).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void anActivityWithoutFiguresIsDrawnNeutralWithADashedOutline() {
        DiagramView view = DiagramView.of(assistanceRequest, figures(figure("screen-request", 5)));

        ShapeView routing = shape(view, "confirm-routing");

        assertThat(routing.measured()).isFalse();
        assertThat(routing.colour()).isEqualTo(DiagramView.NEUTRAL);
        assertThat(routing.dashed()).isTrue();
        assertThat(shape(view, "screening-decided").dashed()).as("a gateway is not measured, so not dashed").isFalse();
    }

    @Test
    void theLegendRunsFromNoWaitToTheLongestMeanInFiveSteps() {
        DiagramView view = DiagramView.of(assistanceRequest, figures(figure("screen-request", 10), figure("confirm-routing", 100)));

        List<Step> legend = view.legend();

        assertThat(legend).hasSize(5);
        assertThat(legend.get(0).from().hours()).isZero();
        assertThat(legend.get(4).to().hours()).isEqualTo(100);
        assertThat(legend.get(4).to().inDays()).isTrue();
        assertThat(legend.get(4).to().amount()).isCloseTo(100 / 24.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(shape(view, "confirm-routing").step()).isEqualTo(legend.get(4));
    }

    @Test
    void aDiagramWithoutFiguresHasNoLegendAndNoRows() {
        DiagramView view = DiagramView.of(assistanceRequest, Map.of());

        assertThat(view.legend()).isEmpty();
        assertThat(view.rows()).isEmpty();
        assertThat(view.nodes()).allMatch(s -> !s.measured());
    }

    @Test
    void aFigureOfAnActivityTheDiagramLacksStillGetsARow() {
        DiagramView view = DiagramView.of(assistanceRequest, figures(figure("screen-request", 5), figure("retired-step", 9)));

        assertThat(view.rows()).extracting(DiagramView.Row::activityId).containsExactly("screen-request", "retired-step");
        assertThat(view.rows().get(1).drawn()).isFalse();
    }

    @Test
    void anActivityLinkAddsItsTaskKeyToTheBase() {
        DiagramView view = DiagramView.of(assistanceRequest, Map.of());

        assertThat(view.link("/dashboard/tasks?process=assistance-request", "screen-request"))
                .isEqualTo("/dashboard/tasks?process=assistance-request&taskKey=screen-request");
        assertThat(view.link("/dashboard/tasks", "screen-request")).isEqualTo("/dashboard/tasks?taskKey=screen-request");
    }

    @Test
    void aNameSplitsIntoLinesOfSixteenCharactersAtMostKeepingItsOwnBreaks() {
        ProcessDiagram.Shape shape = new ProcessDiagram.Shape("tell-involved-groups", "Tell the involved groups\nnow",
                Kind.TASK, "serviceTask", new ProcessDiagram.Box(0, 0, 100, 80), java.util.Optional.empty());

        assertThat(shape.nameLines()).containsExactly("Tell the", "involved groups", "now");
    }

    @Test
    void everyNameLineOfATaskStaysInsideItAboveItsFigureLine() {
        DiagramView view = DiagramView.of(assistanceRequest, figures(figure("review-deliverables", 5)));

        for (ShapeView s : view.nodes().stream().filter(s -> s.shape().kind() == Kind.TASK).toList()) {
            ProcessDiagram.Box b = s.shape().bounds();
            double bottom = s.measured() ? s.figureLine().y() - 12 : b.maxY();
            assertThat(s.nameLines()).as(s.shape().id())
                    .allMatch(l -> l.y() - 10 > b.y() && l.y() < bottom && l.x() == b.centerX());
        }
    }

    @Test
    void theFragmentDrawsAShapePerElementAndARowPerFigure() throws IOException {
        Map<String, ActivityFigure> figures = figures(figure("screen-request", 6.5), figure("provide-clarification", 52),
                figure("confirm-routing", 20), figure("review-deliverables", 130), figure("answer-question", 31));
        DiagramView view = DiagramView.of(assistanceRequest, figures);

        String html = render(view, Locale.ENGLISH);
        writePreview(render(view, Locale.ENGLISH, bootstrapCss()));

        long activities = assistanceRequest.shapes().stream().filter(s -> s.kind() == Kind.TASK).count();
        long gateways = assistanceRequest.shapes().stream().filter(s -> s.kind() == Kind.GATEWAY).count();
        assertThat(count(html, "<rect class=\"pd-shape")).isEqualTo(activities);
        assertThat(count(html, "<polygon class=\"pd-shape")).isEqualTo(gateways);
        assertThat(count(html, "<polyline class=\"pd-flow")).isEqualTo(assistanceRequest.edges().size());
        assertThat(count(html, "<a tabindex=\"-1\" href=")).isEqualTo(figures.size());
        assertThat(count(html, "<tr data-activity=")).isEqualTo(figures.size());
        assertThat(html).contains("href=\"/dashboard/tasks?process=assistance-request&amp;taskKey=screen-request\"")
                .contains("viewBox=\"" + assistanceRequest.viewBox().asViewBox() + "\"")
                .contains("5 · 6.5 h", "Review deliverables: 5 tasks, mean waiting 5.4 d, median 5.4 d")
                .doesNotContain("??");
    }

    @Test
    void theFragmentSpeaksFrenchAndSpanish() {
        DiagramView view = DiagramView.of(assistanceRequest, figures(figure("review-deliverables", 130)));

        assertThat(render(view, Locale.FRENCH)).contains("5,4 j", "Attente moyenne").doesNotContain("??");
        assertThat(render(view, new Locale("es"))).contains("5,4 d", "Espera media").doesNotContain("??");
    }

    @Test
    void everyProcessOfTheBpmnFolderRendersWithItsTextsInEveryLanguage() throws IOException {
        for (Path file : bpmnFiles()) {
            String key = file.getFileName().toString().replace(".bpmn", "");
            ProcessDiagram diagram = ProcessDiagrams.read(Bpmn.readModelFromFile(file.toFile()), key);
            Map<String, ActivityFigure> figures = userTaskFigures(diagram);
            for (Locale locale : LANGUAGES) {
                DiagramView view = DiagramView.of(ProcessDiagrams.inLanguage(diagram, messages(), locale), figures);

                String html = render(view, locale, bootstrapCss());
                String suffix = locale.equals(Locale.ENGLISH) ? "" : "-" + locale.getLanguage();
                Files.writeString(Path.of("target", "diagram-preview-" + key + suffix + ".html"), html);

                assertThat(count(html, "<tr data-activity=")).as(key).isEqualTo(figures.size());
                assertThat(html).as(key).doesNotContain("??");
            }
        }
    }

    @Test
    void everyTaskNameInEveryLanguageStaysInsideItsTaskAboveItsFigureLineAndClearOfItsBottomEdge() throws IOException {
        for (Path file : bpmnFiles()) {
            String key = file.getFileName().toString().replace(".bpmn", "");
            ProcessDiagram diagram = ProcessDiagrams.read(Bpmn.readModelFromFile(file.toFile()), key);
            for (Locale locale : LANGUAGES) {
                DiagramView view = DiagramView.of(ProcessDiagrams.inLanguage(diagram, messages(), locale), userTaskFigures(diagram));
                for (ShapeView s : view.nodes().stream().filter(s -> s.shape().kind() == Kind.TASK).toList()) {
                    ProcessDiagram.Box b = s.shape().bounds();
                    // an event on the bottom edge reaches 18 above it
                    double edge = view.nodes().stream().anyMatch(e -> onBottomEdge(e.shape(), b)) ? b.maxY() - 17 : b.maxY() - 2;
                    double bottom = s.measured() ? s.figureLine().y() - 10 : edge;
                    assertThat(s.nameLines()).as("%s %s in %s", key, s.shape().id(), locale)
                            .hasSizeLessThanOrEqualTo(3).allMatch(l -> l.y() - 10 > b.y() && l.y() < bottom);
                    if (s.measured()) {
                        assertThat(s.figureLine().y()).as("%s %s in %s", key, s.shape().id(), locale).isLessThan(edge);
                    }
                }
            }
        }
    }

    private static boolean onBottomEdge(ProcessDiagram.Shape event, ProcessDiagram.Box task) {
        ProcessDiagram.Box e = event.bounds();
        return "boundaryEvent".equals(event.type()) && Math.abs(e.centerY() - task.maxY()) < 1
                && e.centerX() > task.x() && e.centerX() < task.maxX();
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (var files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static Map<String, ActivityFigure> userTaskFigures(ProcessDiagram diagram) {
        Map<String, ActivityFigure> figures = new LinkedHashMap<>();
        diagram.shapes().stream().filter(s -> "userTask".equals(s.type()))
                .forEach(s -> figures.put(s.id(), new ActivityFigure(s.id(), 3, 10 + 40 * figures.size(), 8)));
        return figures;
    }

    private static String render(DiagramView view, Locale locale) {
        return render(view, locale, null);
    }

    private static String render(DiagramView view, Locale locale, String bootstrap) {
        Context context = new Context(locale);
        context.setVariable("view", view);
        context.setVariable("hrefBase", "/dashboard/tasks?process=" + view.processKey());
        context.setVariable("bootstrap", bootstrap);
        return engine().process("test/diagram-page", context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages());
        return engine;
    }

    /** The diagram's texts and the processes' names, as the application reads them (spring.messages). */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("diagram", "bpmn");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The page and the SVG alone under target/, for a look in a browser (see the report's screenshot). */
    private static void writePreview(String html) throws IOException {
        Files.writeString(Path.of("target", "diagram-preview.html"), html);
        int start = html.indexOf("<svg");
        int end = html.indexOf("</svg>") + "</svg>".length();
        Files.writeString(Path.of("target", "diagram-preview.svg"), html.substring(start, end));
    }

    /** Bootstrap's stylesheet copied beside the preview, as the dashboard's pages will have it. */
    private static String bootstrapCss() throws IOException {
        try (var css = DiagramViewTest.class.getResourceAsStream("/META-INF/resources/webjars/bootstrap/5.3.8/css/bootstrap.min.css")) {
            if (css == null) {
                return null;
            }
            Files.write(Path.of("target", "diagram-preview-bootstrap.css"), css.readAllBytes());
            return "diagram-preview-bootstrap.css";
        }
    }

    private static ShapeView shape(DiagramView view, String id) {
        return view.nodes().stream().filter(s -> s.shape().id().equals(id)).findFirst().orElseThrow();
    }

    private static ActivityFigure figure(String activityId, double meanHours) {
        return new ActivityFigure(activityId, 5, meanHours, meanHours);
    }

    private static Map<String, ActivityFigure> figures(ActivityFigure... figures) {
        Map<String, ActivityFigure> byId = new LinkedHashMap<>();
        for (ActivityFigure f : figures) {
            byId.put(f.activityId(), f);
        }
        return byId;
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }

    /** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
    static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    static double contrast(String a, String b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }
}
