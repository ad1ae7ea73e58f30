package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.dashboard.ProcessDiagram.Box;
import org.advisorydesk.dashboard.ProcessDiagram.Kind;
import org.advisorydesk.dashboard.ProcessDiagram.Shape;
import org.advisorydesk.web.NotFoundException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The diagrams read from the engine's deployments match the BPMN files they were deployed from. */
@DeskTest
class ProcessDiagramsTest {

    @Autowired
    ProcessDiagrams diagrams;

    @Autowired
    ITemplateEngine templates;

    @Test
    void theRequestProcessComesFirstThenTheBranchesThenTreatyMonitoring() {
        assertThat(diagrams.processKeys()).containsExactly("assistance-request", "legislative-review",
                "draft-legislation-review", "administrative-guidance", "capacity-building", "reporting-support",
                "data-and-research", "treaty-monitoring");
    }

    @Test
    void everyProcessFileHasADiagram() {
        assertThat(diagrams.processKeys()).allSatisfy(key -> assertThat(new File("bpmn", key + ".bpmn")).isFile());
    }

    @Test
    void everyUserTaskIsDrawnWithTheBoundsOfItsBpmnFile() {
        for (String key : diagrams.processKeys()) {
            ProcessDiagram diagram = diagrams.diagram(key);
            BpmnModelInstance file = Bpmn.readModelFromFile(new File("bpmn", key + ".bpmn"));
            Collection<UserTask> userTasks = file.getModelElementsByType(UserTask.class);

            assertThat(userTasks).as(key).isNotEmpty();
            for (UserTask task : userTasks) {
                Shape shape = diagram.shape(task.getId()).orElseThrow(() -> new AssertionError(key + " lacks " + task.getId()));
                assertThat(shape.kind()).isEqualTo(Kind.TASK);
                assertThat(shape.name()).isEqualTo(task.getName());
                assertThat(shape.bounds()).as(key + " " + task.getId()).isEqualTo(boundsInFile(file, task.getId()));
            }
        }
    }

    @Test
    void screenRequestIsWhereTheModelerPutIt() {
        Shape screenRequest = diagrams.diagram("assistance-request").shape("screen-request").orElseThrow();

        assertThat(screenRequest.bounds()).isEqualTo(new Box(180, 410, 100, 80));
        assertThat(screenRequest.nameLines()).containsExactly("Screen request");
    }

    @Test
    void everyFlowHasAtLeastTwoWaypoints() {
        for (String key : diagrams.processKeys()) {
            assertThat(diagrams.diagram(key).edges()).as(key).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.waypoints()).as(key + " " + e.id()).hasSizeGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void theViewBoxHoldsEveryShapeLabelAndWaypoint() {
        for (String key : diagrams.processKeys()) {
            ProcessDiagram diagram = diagrams.diagram(key);
            Box viewBox = diagram.viewBox();

            assertThat(diagram.shapes()).as(key).allSatisfy(s -> {
                assertThat(viewBox.contains(s.bounds())).as(s.id()).isTrue();
                s.label().ifPresent(l -> assertThat(viewBox.contains(l)).as(s.id() + " label").isTrue());
            });
            assertThat(diagram.edges()).allSatisfy(e -> e.waypoints()
                    .forEach(p -> assertThat(viewBox.contains(new Box(p.x(), p.y(), 0, 0))).as(e.id()).isTrue()));
        }
    }

    @Test
    void aDefinitionIsReadOnce() {
        assertThat(diagrams.diagram("legislative-review")).isSameAs(diagrams.diagram("legislative-review"));
    }

    @Test
    void theKeptDiagramIsNamedAnewInEachReadersLanguage() {
        ProcessDiagram french = diagrams.diagram("legislative-review", Locale.FRENCH);
        ProcessDiagram spanish = diagrams.diagram("legislative-review", Locale.forLanguageTag("es"));
        ProcessDiagram english = diagrams.diagram("legislative-review", Locale.ENGLISH);

        assertThat(french.name()).isEqualTo("Examen de la législation");
        assertThat(french.shape("approve-deliverable").orElseThrow().name()).isEqualTo("Approuver le livrable");
        assertThat(spanish.shape("add-findings").orElseThrow().name()).isEqualTo("Añadir constataciones");
        assertThat(english.shape("approve-deliverable").orElseThrow().name()).isEqualTo("Approve deliverable");
        assertThat(diagrams.diagram("legislative-review").shape("approve-deliverable").orElseThrow().name())
                .as("the diagram kept for every reader").isEqualTo("Approve deliverable");
    }

    @Test
    void anUnknownProcessIsNotFound() {
        assertThatThrownBy(() -> diagrams.diagram("no-such-process")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApplicationsTemplateEngineDrawsEveryActivityAndTabulatesEveryFigure() {
        ProcessDiagram diagram = diagrams.diagram("draft-legislation-review");
        Map<String, ActivityFigure> figures = Map.of(
                "comment-on-draft", new ActivityFigure("comment-on-draft", 4, 30, 20),
                "approve-deliverable", new ActivityFigure("approve-deliverable", 3, 70, 50));
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("view", DiagramView.of(diagram, figures));
        context.setVariable("hrefBase", "/dashboard?process=draft-legislation-review");

        String html = templates.process("test/diagram-page", context);

        long activities = diagram.shapes().stream().filter(s -> s.kind() == Kind.TASK).count();
        assertThat(occurrences(html, "<rect class=\"pd-shape")).isEqualTo(activities);
        assertThat(occurrences(html, "<circle class=\"pd-shape")).isGreaterThanOrEqualTo(
                diagram.shapes().stream().filter(s -> s.kind() == Kind.EVENT).count());
        assertThat(occurrences(html, "<tr data-activity=")).isEqualTo(figures.size());
        assertThat(html).contains("role=\"group\"", "href=\"/dashboard?process=draft-legislation-review&amp;taskKey=comment-on-draft\"");
        for (String task : List.of("comment-on-draft", "approve-deliverable")) {
            assertThat(html).contains("data-activity=\"" + task + "\"");
        }
    }

    private static Box boundsInFile(BpmnModelInstance file, String elementId) {
        BpmnShape shape = file.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement() != null && elementId.equals(s.getBpmnElement().getId()))
                .findFirst().orElseThrow();
        Bounds b = shape.getBounds();
        return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    private static long occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }
}
