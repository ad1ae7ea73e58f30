package org.advisorydesk.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.advisorydesk.dashboard.ProcessDiagram.Box;
import org.advisorydesk.dashboard.ProcessDiagram.Edge;
import org.advisorydesk.dashboard.ProcessDiagram.Kind;
import org.advisorydesk.dashboard.ProcessDiagram.Point;
import org.advisorydesk.dashboard.ProcessDiagram.Shape;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.treaty.TreatyMonitoringVariables;
import org.advisorydesk.web.NotFoundException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The diagrams of the desk's processes, read from the latest deployed version of each through the
 * engine's repository and the BPMN model API. A definition never changes once deployed, so each diagram
 * is read once per definition id; a new deployment gives a new id, hence a fresh diagram. The diagrams
 * kept carry the BPMN's (English) names; {@link #diagram(String, Locale)} puts them in the reader's language
 * each time it is asked, so no language is kept for everyone.
 */
@Component
public class ProcessDiagrams {

    /** Room below an event for a label the diagram interchange does not place. */
    private static final double LABEL_GAP = 7;
    private static final double LABEL_WIDTH = 90;
    private static final double LABEL_HEIGHT = 14;
    /** How far the baseline of a boundary event's label sits below the event's top (above its bottom on a bottom edge). */
    private static final double BOUNDARY_BASELINE = 8;

    private final RepositoryService repository;
    private final MessageSource messages;
    private final Map<String, ProcessDiagram> byDefinitionId = new ConcurrentHashMap<>();

    public ProcessDiagrams(RepositoryService repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** The key of an element's name in the bundle {@code bpmn}; the process's own name is under its key twice. */
    static String nameKey(String processKey, String elementId) {
        return "bpmn." + processKey + "." + elementId;
    }

    /**
     * The request process first, then the branch processes in the order of {@link AssistanceType}, then
     * treaty monitoring. A branch process is named like its type ({@code LEGISLATIVE_REVIEW} →
     * {@code legislative-review}), the rule {@code flow.assistance.AssistanceProcesses} applies.
     */
    public List<String> processKeys() {
        return Stream.of(Stream.of(AssistanceRequestVariables.PROCESS_KEY),
                        Arrays.stream(AssistanceType.values()).map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                        Stream.of(TreatyMonitoringVariables.PROCESS_KEY))
                .flatMap(s -> s).toList();
    }

    /** The diagram of the latest deployed version of the process; {@link NotFoundException} when none is. */
    public ProcessDiagram diagram(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            throw new NotFoundException("No process " + processKey + ".");
        }
        return byDefinitionId.computeIfAbsent(definition.getId(),
                id -> read(repository.getBpmnModelInstance(id), processKey));
    }

    /**
     * The diagram of the latest deployed version with its names in this language, from the bundle
     * {@code bpmn}; an element without a key keeps its BPMN name, an unnamed one stays unnamed.
     */
    public ProcessDiagram diagram(String processKey, Locale locale) {
        return inLanguage(diagram(processKey), messages, locale);
    }

    static ProcessDiagram inLanguage(ProcessDiagram diagram, MessageSource messages, Locale locale) {
        return diagram.named((elementId, name) -> name.isEmpty() ? name
                : messages.getMessage(nameKey(diagram.processKey(), elementId), null, name, locale));
    }

    /** The diagram of one process of a BPMN model, from its BPMNShape bounds and BPMNEdge waypoints. */
    static ProcessDiagram read(BpmnModelInstance model, String processKey) {
        Process process = model.getModelElementById(processKey);
        if (process == null) {
            throw new NotFoundException("No process " + processKey + " in the model.");
        }
        Map<String, Box> boundsById = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null && shape.getBounds() != null) {
                boundsById.put(shape.getBpmnElement().getId(), box(shape.getBounds()));
            }
        }
        List<Shape> shapes = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            kindOf(element).filter(k -> shape.getBounds() != null)
                    .ifPresent(kind -> shapes.add(shape(shape, element, kind, boundsById)));
        }
        shapes.sort(Comparator.comparing(Shape::kind));
        List<Edge> edges = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            edges.add(edge(edge));
        }
        return ProcessDiagram.of(processKey, process.getName() == null ? processKey : process.getName(), shapes, edges);
    }

    private static Optional<Kind> kindOf(BaseElement element) {
        if (element instanceof Participant) {
            return Optional.of(Kind.POOL);
        } else if (element instanceof Lane) {
            return Optional.of(Kind.LANE);
        } else if (element instanceof SubProcess) {
            return Optional.of(Kind.SUBPROCESS);
        } else if (element instanceof Activity) {
            return Optional.of(Kind.TASK);
        } else if (element instanceof Gateway) {
            return Optional.of(Kind.GATEWAY);
        } else if (element instanceof Event) {
            return Optional.of(Kind.EVENT);
        }
        return Optional.empty();
    }

    private static Shape shape(BpmnShape shape, BaseElement element, Kind kind, Map<String, Box> boundsById) {
        Box bounds = box(shape.getBounds());
        Optional<Box> label = labelOf(shape.getBpmnLabel());
        if (kind == Kind.GATEWAY) {
            label = Optional.of(gatewayLabel(bounds));
        } else if (element instanceof BoundaryEvent boundary && boundsById.containsKey(boundary.getAttachedTo().getId())) {
            label = Optional.of(boundaryLabel(bounds, boundsById.get(boundary.getAttachedTo().getId())));
        } else if (label.isEmpty() && kind == Kind.EVENT) {
            label = Optional.of(new Box(bounds.centerX() - LABEL_WIDTH / 2, bounds.maxY() + LABEL_GAP, LABEL_WIDTH, LABEL_HEIGHT));
        }
        return new Shape(element.getId(), nameOf(element), kind, element.getElementType().getTypeName(), bounds, label);
    }

    /**
     * Above and left of the diamond, where no flow leaves it (flows leave by its corners). The
     * interchange puts gateway labels straight above, across the flow that leaves by the top corner.
     */
    private static Box gatewayLabel(Box gateway) {
        double right = gateway.centerX() - 4;
        return new Box(right - LABEL_WIDTH, gateway.y() - 2 - LABEL_HEIGHT, LABEL_WIDTH, LABEL_HEIGHT);
    }

    /**
     * Beside the event, on the side away from the middle of the activity it sits on: the interchange
     * puts it above, across the flow that leaves the event, and over the label of its neighbour.
     */
    private static Box boundaryLabel(Box event, Box host) {
        boolean onBottomEdge = event.centerY() >= host.maxY() - 1;
        double bottom = onBottomEdge ? event.maxY() + 2 : event.y() + BOUNDARY_BASELINE + 3;
        double x = event.centerX() < host.centerX() ? event.x() - 1 - LABEL_WIDTH : event.maxX() + 1;
        return new Box(x, bottom - LABEL_HEIGHT, LABEL_WIDTH, LABEL_HEIGHT);
    }

    private static Edge edge(BpmnEdge edge) {
        List<Point> waypoints = edge.getWaypoints().stream().map(p -> new Point(p.getX(), p.getY())).toList();
        BaseElement element = edge.getBpmnElement();
        return new Edge(element == null ? edge.getId() : element.getId(), nameOf(element), waypoints, labelOf(edge.getBpmnLabel()));
    }

    private static String nameOf(BaseElement element) {
        if (element instanceof FlowElement flowElement) {
            return flowElement.getName();
        } else if (element instanceof Participant participant) {
            return participant.getName();
        } else if (element instanceof Lane lane) {
            return lane.getName();
        }
        return "";
    }

    private static Optional<Box> labelOf(BpmnLabel label) {
        return Optional.ofNullable(label).map(BpmnLabel::getBounds).map(ProcessDiagrams::box);
    }

    private static Box box(Bounds bounds) {
        return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }
}
