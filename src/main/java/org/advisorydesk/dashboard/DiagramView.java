package org.advisorydesk.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.advisorydesk.dashboard.ProcessDiagram.Edge;
import org.advisorydesk.dashboard.ProcessDiagram.Kind;
import org.advisorydesk.dashboard.ProcessDiagram.Shape;

/**
 * What {@code dashboard/diagram.html} draws: a process diagram with each activity coloured by the mean
 * time its work waited, on a sequential scale of {@link #STEPS} from zero to the longest mean in this
 * diagram, with the figures also as rows of a table so the colour is never the only carrier.
 */
public final class DiagramView {

    /** Light yellow to dark red; dark text on the three light steps, white on the two dark ones (WCAG AA). */
    static final List<Colour> STEPS = List.of(
            new Colour("#ffffb2", Colour.DARK_TEXT), new Colour("#fecc5c", Colour.DARK_TEXT),
            new Colour("#fd8d3c", Colour.DARK_TEXT), new Colour("#cc2a1c", Colour.LIGHT_TEXT),
            new Colour("#7f0000", Colour.LIGHT_TEXT));
    /** An activity without figures: light grey, drawn with a dashed outline. */
    static final Colour NEUTRAL = new Colour("#f8f9fa", Colour.DARK_TEXT);

    /** Narrowest the drawing gets before its wrapper scrolls sideways, so text stays readable on a phone. */
    private static final double MIN_WIDTH = 880;

    private final ProcessDiagram diagram;
    private final List<ShapeView> shapes;
    private final List<Step> legend;
    private final List<Row> rows;

    private DiagramView(ProcessDiagram diagram, List<ShapeView> shapes, List<Step> legend, List<Row> rows) {
        this.diagram = diagram;
        this.shapes = shapes;
        this.legend = legend;
        this.rows = rows;
    }

    /** The diagram coloured by the figures of its activities; figures of activities it lacks only get rows. */
    public static DiagramView of(ProcessDiagram diagram, Map<String, ActivityFigure> figures) {
        double longest = diagram.shapes().stream().map(s -> figures.get(s.id())).filter(f -> f != null)
                .mapToDouble(ActivityFigure::meanHours).max().orElse(0);
        boolean anyMeasured = diagram.shapes().stream().anyMatch(s -> figures.containsKey(s.id()));
        List<Step> legend = anyMeasured
                ? IntStream.range(0, STEPS.size()).mapToObj(i -> Step.of(i, longest)).toList()
                : List.of();
        List<ShapeView> shapes = diagram.shapes().stream()
                .map(s -> new ShapeView(s, figures.get(s.id()), stepOf(figures.get(s.id()), longest, legend)))
                .toList();
        List<Row> rows = new ArrayList<>();
        shapes.stream().filter(ShapeView::measured)
                .sorted(Comparator.comparingDouble((ShapeView s) -> s.shape().bounds().x()).thenComparingDouble(s -> s.shape().bounds().y()))
                .forEach(s -> rows.add(new Row(s.shape().id(), s.shape().name(), s.figure(), s.step())));
        figures.values().stream().filter(f -> diagram.shape(f.activityId()).isEmpty())
                .sorted(Comparator.comparing(ActivityFigure::activityId))
                .forEach(f -> rows.add(new Row(f.activityId(), f.activityId(), f, null)));
        return new DiagramView(diagram, shapes, legend, List.copyOf(rows));
    }

    private static Step stepOf(ActivityFigure figure, double longest, List<Step> legend) {
        if (figure == null) {
            return null;
        }
        int index = longest <= 0 ? 0 : (int) Math.floor(figure.meanHours() / longest * STEPS.size());
        return legend.get(Math.max(0, Math.min(STEPS.size() - 1, index)));
    }

    /** The link to an activity's tasks: the base with {@code taskKey} added to its query. */
    public String link(String base, String activityId) {
        return base + (base.contains("?") ? "&" : "?") + "taskKey=" + URLEncoder.encode(activityId, StandardCharsets.UTF_8);
    }

    public ProcessDiagram diagram() {
        return diagram;
    }

    public String processKey() {
        return diagram.processKey();
    }

    public String name() {
        return diagram.name();
    }

    public String viewBox() {
        return diagram.viewBox().asViewBox();
    }

    /** The drawing's natural width in CSS pixels: it never grows past it, and shrinks to fit down to {@link #minWidth()}. */
    public double width() {
        return Math.ceil(diagram.viewBox().width());
    }

    public double minWidth() {
        return Math.min(width(), MIN_WIDTH);
    }

    /** A prefix for the ids of this drawing's elements, unique per process on a page. */
    public String idPrefix() {
        return "diagram-" + diagram.processKey();
    }

    /** Pools, lanes and expanded subprocesses: drawn first, behind the flows. */
    public List<ShapeView> containers() {
        return shapes.stream().filter(s -> s.shape().kind().container()).toList();
    }

    /** Tasks, gateways and events, drawn over the flows; events last, as boundary events sit on tasks. */
    public List<ShapeView> nodes() {
        return shapes.stream().filter(s -> !s.shape().kind().container()).toList();
    }

    public List<Edge> edges() {
        return diagram.edges();
    }

    /** The steps of the scale with their ranges; empty when no activity of the diagram has figures. */
    public List<Step> legend() {
        return legend;
    }

    /** The figures as table rows: the diagram's activities from left to right, then any it does not draw. */
    public List<Row> rows() {
        return rows;
    }

    /** A fill colour and the colour of text drawn on it. */
    public record Colour(String fill, String text) {

        static final String DARK_TEXT = "#1a1a1a";
        static final String LIGHT_TEXT = "#ffffff";
    }

    /** A span of waiting time, shown in days or in hours. */
    public record Waiting(double hours, boolean inDays) {

        private static final double DAY = 24;

        /** In hours under two days, in days from then on. */
        public static Waiting of(double hours) {
            return new Waiting(hours, hours >= 2 * DAY);
        }

        /** The number to show, in the unit {@link #inDays()} says. */
        public double amount() {
            return inDays() ? hours / DAY : hours;
        }

        /** The message that shows {@link #amount()} with its unit: {@code diagram.days} or {@code diagram.hours}. */
        public String messageKey() {
            return inDays() ? "diagram.days" : "diagram.hours";
        }
    }

    /** One step of the scale: its index from 0 (shortest), its colours, and the means it covers. */
    public record Step(int index, Colour colour, Waiting from, Waiting to) {

        /** The legend speaks one unit throughout: that of the longest mean. */
        static Step of(int index, double longest) {
            double width = longest / STEPS.size();
            boolean inDays = Waiting.of(longest).inDays();
            return new Step(index, STEPS.get(index), new Waiting(index * width, inDays), new Waiting((index + 1) * width, inDays));
        }

        public String fill() {
            return colour.fill();
        }

        public String text() {
            return colour.text();
        }
    }

    /** One row of the table beside the drawing; {@code step} is null for an activity the diagram does not draw. */
    public record Row(String activityId, String name, ActivityFigure figure, Step step) {

        public Waiting mean() {
            return Waiting.of(figure.meanHours());
        }

        public Waiting median() {
            return Waiting.of(figure.medianHours());
        }

        public boolean drawn() {
            return step != null;
        }
    }

    /** A line of text at its anchor point; {@code anchor} is SVG's {@code text-anchor}: start, middle or end. */
    public record TextLine(String text, double x, double y, String anchor) {

        TextLine(String text, double x, double y) {
            this(text, x, y, "middle");
        }
    }

    /**
     * One shape as drawn: its colours from its figure's step, or neutral without a figure; where its name
     * and its "count · median" line go.
     */
    public record ShapeView(Shape shape, ActivityFigure figure, Step step) {

        private static final double LINE_HEIGHT = 14;
        private static final double LABEL_LINE_HEIGHT = 13;
        /** Labels beside an event have a little more room than names inside a task... */
        private static final int OUTSIDE_LINE_LENGTH = 18;
        /** ...and a gateway's, above and left of it, less: it would run into the activity before it. */
        private static final int GATEWAY_LINE_LENGTH = 10;
        /** A task's name over three lines (French and Spanish run longer) is drawn smaller, clear of an event on its edge. */
        private static final int MOST_LINES = 3;
        private static final int COMPACT_LINE_LENGTH = 18;
        private static final double COMPACT_LINE_HEIGHT = 11;

        public boolean measured() {
            return figure != null;
        }

        public Colour colour() {
            return measured() ? step.colour() : NEUTRAL;
        }

        /** Only activities are measured: an unmeasured one is dashed, events and gateways stay plain. */
        public boolean dashed() {
            return !measured() && shape.kind() == Kind.TASK;
        }

        public Waiting median() {
            return Waiting.of(figure.medianHours());
        }

        public Waiting mean() {
            return Waiting.of(figure.meanHours());
        }

        /** Whether the name sits under or beside the symbol (events, gateways) rather than inside it. */
        public boolean labelOutside() {
            return shape.kind() == Kind.EVENT || shape.kind() == Kind.GATEWAY;
        }

        /** Whether a task's name is drawn smaller, in longer lines: the template adds {@code pd-name-compact}. */
        public boolean compact() {
            return shape.kind() == Kind.TASK && shape.nameLines().size() > MOST_LINES;
        }

        private List<String> taskLines() {
            return compact() ? shape.nameLines(COMPACT_LINE_LENGTH) : shape.nameLines();
        }

        private double lineHeight() {
            return compact() ? COMPACT_LINE_HEIGHT : LINE_HEIGHT;
        }

        public List<TextLine> nameLines() {
            ProcessDiagram.Box b = shape.bounds();
            if (shape.kind().container()) {
                List<String> lines = shape.nameLines();
                return IntStream.range(0, lines.size())
                        .mapToObj(i -> new TextLine(lines.get(i), b.x() + 8, b.y() + 16 + i * LINE_HEIGHT)).toList();
            }
            if (labelOutside()) {
                return outsideLines(shape.label().orElse(b));
            }
            List<String> lines = taskLines();
            double first = firstBaseline(lines.size());
            return IntStream.range(0, lines.size())
                    .mapToObj(i -> new TextLine(lines.get(i), b.centerX(), first + i * lineHeight())).toList();
        }

        /**
         * The name and, when measured, the figure line below it form one block in the middle of the task,
         * clear of a boundary event on its bottom edge.
         */
        private double firstBaseline(int nameLines) {
            ProcessDiagram.Box b = shape.bounds();
            int blockLines = nameLines + (measured() ? 1 : 0);
            return b.centerY() - (blockLines - 1) * lineHeight() / 2 + 4;
        }

        /**
         * A label box left of the shape's middle is right-aligned to it, one right of it left-aligned,
         * others centred; one above the middle grows upwards from its bottom, others downwards.
         */
        private List<TextLine> outsideLines(ProcessDiagram.Box label) {
            ProcessDiagram.Box b = shape.bounds();
            List<String> lines = shape.nameLines(shape.kind() == Kind.GATEWAY ? GATEWAY_LINE_LENGTH : OUTSIDE_LINE_LENGTH);
            String anchor = label.maxX() <= b.centerX() ? "end" : label.x() >= b.centerX() ? "start" : "middle";
            double x = switch (anchor) {
                case "end" -> label.maxX();
                case "start" -> label.x();
                default -> label.centerX();
            };
            double first = label.maxY() <= b.centerY()
                    ? label.maxY() - 3 - (lines.size() - 1) * LABEL_LINE_HEIGHT
                    : label.y() + 10;
            return IntStream.range(0, lines.size())
                    .mapToObj(i -> new TextLine(lines.get(i), x, first + i * LABEL_LINE_HEIGHT, anchor)).toList();
        }

        /** Where "count · median" goes: under the name. */
        public TextLine figureLine() {
            int nameLines = taskLines().size();
            return new TextLine("", shape.bounds().centerX(), firstBaseline(nameLines) + nameLines * lineHeight() + 2);
        }

        /** The diamond of a gateway, as SVG polygon points. */
        public String diamond() {
            ProcessDiagram.Box b = shape.bounds();
            return String.format(java.util.Locale.ROOT, "%s,%s %s,%s %s,%s %s,%s", b.centerX(), b.y(), b.maxX(), b.centerY(),
                    b.centerX(), b.maxY(), b.x(), b.centerY());
        }

        public double radius() {
            return Math.min(shape.bounds().width(), shape.bounds().height()) / 2;
        }
    }
}
