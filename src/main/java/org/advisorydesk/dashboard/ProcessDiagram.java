package org.advisorydesk.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * One process's diagram as its BPMN diagram interchange lays it out: the shapes with their bounds, the
 * sequence flows with their waypoints, and a view box around all of them. Coordinates are the modeler's,
 * unscaled; the view box adds {@link #MARGIN} on every side.
 */
public record ProcessDiagram(String processKey, String name, Box viewBox, List<Shape> shapes, List<Edge> edges) {

    /** Space left around the outermost shape, label or waypoint. */
    public static final double MARGIN = 20;

    public ProcessDiagram {
        shapes = List.copyOf(shapes);
        edges = List.copyOf(edges);
    }

    /** A diagram whose view box holds every shape, label and waypoint, plus the margin. */
    public static ProcessDiagram of(String processKey, String name, List<Shape> shapes, List<Edge> edges) {
        List<Box> boxes = new ArrayList<>();
        shapes.forEach(s -> {
            boxes.add(s.bounds());
            s.label().ifPresent(boxes::add);
        });
        edges.forEach(e -> {
            e.waypoints().forEach(p -> boxes.add(new Box(p.x(), p.y(), 0, 0)));
            e.label().ifPresent(boxes::add);
        });
        return new ProcessDiagram(processKey, name, Box.around(boxes).grownBy(MARGIN), shapes, edges);
    }

    /**
     * The same drawing with each name given by {@code names} from the element's id and its BPMN name; the
     * process's own name goes by the process key. The layout stays: names wrap when they are drawn.
     */
    public ProcessDiagram named(BinaryOperator<String> names) {
        return new ProcessDiagram(processKey, names.apply(processKey, name), viewBox,
                shapes.stream().map(s -> s.named(names.apply(s.id(), s.name()))).toList(),
                edges.stream().map(e -> e.named(names.apply(e.id(), e.name()))).toList());
    }

    public Optional<Shape> shape(String elementId) {
        return shapes.stream().filter(s -> s.id().equals(elementId)).findFirst();
    }

    /** The BPMN element kinds the diagram draws differently. */
    public enum Kind {
        POOL, LANE, SUBPROCESS, TASK, GATEWAY, EVENT;

        /** Drawn behind the flows, as frames around other shapes. */
        public boolean container() {
            return this == POOL || this == LANE || this == SUBPROCESS;
        }
    }

    /** A rectangle in diagram coordinates. */
    public record Box(double x, double y, double width, double height) {

        static Box around(List<Box> boxes) {
            if (boxes.isEmpty()) {
                return new Box(0, 0, 0, 0);
            }
            double minX = boxes.stream().mapToDouble(Box::x).min().orElseThrow();
            double minY = boxes.stream().mapToDouble(Box::y).min().orElseThrow();
            double maxX = boxes.stream().mapToDouble(Box::maxX).max().orElseThrow();
            double maxY = boxes.stream().mapToDouble(Box::maxY).max().orElseThrow();
            return new Box(minX, minY, maxX - minX, maxY - minY);
        }

        Box grownBy(double margin) {
            return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
        }

        public double maxX() {
            return x + width;
        }

        public double maxY() {
            return y + height;
        }

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        public boolean contains(Box other) {
            return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
        }

        /** As an SVG {@code viewBox} attribute: min x, min y, width, height. */
        public String asViewBox() {
            return number(x) + " " + number(y) + " " + number(width) + " " + number(height);
        }

        private static String number(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** A point of a sequence flow. */
    public record Point(double x, double y) {
    }

    /**
     * One drawn element: its BPMN id and name, its kind, the BPMN type it was read from
     * ({@code userTask}, {@code endEvent}, {@code boundaryEvent}, ...), its bounds, and where the
     * diagram puts its label when the label sits outside the shape (events and gateways).
     */
    public record Shape(String id, String name, Kind kind, String type, Box bounds, Optional<Box> label) {

        /** Characters per line of a name drawn in SVG, where text does not wrap by itself. */
        public static final int LINE_LENGTH = 16;

        public Shape {
            name = name == null ? "" : name.strip();
        }

        Shape named(String otherName) {
            return new Shape(id, otherName, kind, type, bounds, label);
        }

        /** The name in lines of at most {@link #LINE_LENGTH} characters (longer words stay whole). */
        public List<String> nameLines() {
            return nameLines(LINE_LENGTH);
        }

        public List<String> nameLines(int lineLength) {
            return TextLines.wrap(name, lineLength);
        }
    }

    /** A sequence flow: its waypoints in order, its name and where the diagram puts that name. */
    public record Edge(String id, String name, List<Point> waypoints, Optional<Box> label) {

        public Edge {
            name = name == null ? "" : name.strip();
            waypoints = List.copyOf(waypoints);
        }

        Edge named(String otherName) {
            return new Edge(id, otherName, waypoints, label);
        }

        /** As an SVG {@code points} attribute. */
        public String points() {
            StringBuilder points = new StringBuilder();
            for (Point p : waypoints) {
                points.append(points.isEmpty() ? "" : " ").append(Box.number(p.x())).append(',').append(Box.number(p.y()));
            }
            return points.toString();
        }
    }

    /** Greedy word wrap; a line break written in the name is kept. */
    static final class TextLines {

        private TextLines() {
        }

        static List<String> wrap(String text, int lineLength) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.trim().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    if (!line.isEmpty() && line.length() + 1 + word.length() > lineLength) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(line.isEmpty() ? "" : " ").append(word);
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
            }
            return List.copyOf(lines);
        }
    }
}
