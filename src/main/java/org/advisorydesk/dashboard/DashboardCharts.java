package org.advisorydesk.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The geometry of the dashboard's server-drawn SVG charts: each bar's length in the chart's own units
 * and the link to what it counts. The figures themselves are in the table beside each chart.
 */
final class DashboardCharts {

    /** Width of the horizontal bars' area and of the label column before it, in the SVG's units. */
    static final int BAR_AREA = 360;
    static final int LABEL_WIDTH = 210;
    static final int ROW = 30;

    private DashboardCharts() {
    }

    /** One horizontal bar: its label (a message key or a text), its value, length and link. */
    record Bar(String label, long value, double length, double y, String href) {
    }

    /** One month's pair of columns: submitted and delivered, their heights and links. */
    record Column(String month, long submitted, long delivered, double x, double submittedHeight,
            double deliveredHeight, String submittedHref, String deliveredHref) {
    }

    record Months(List<Column> columns, long max, double width, double height) {
        static final double PLOT = 160;
        static final double STEP = 44;
        static final double BASE = 185;
    }

    record Item(String label, long value, String href) {
    }

    static List<Bar> bars(List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double length = max == 0 ? 0 : Math.max(item.value() == 0 ? 0 : 2, BAR_AREA * (double) item.value() / max);
            bars.add(new Bar(item.label(), item.value(), length, i * ROW, item.href()));
        }
        return bars;
    }

    static double height(List<Bar> bars) {
        return Math.max(ROW, bars.size() * ROW);
    }

    static Months months(List<DashboardFigures.Month> months, Function<DashboardFigures.Month, String> submitted,
            Function<DashboardFigures.Month, String> delivered) {
        long max = months.stream().mapToLong(m -> Math.max(m.submitted(), m.delivered())).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            DashboardFigures.Month m = months.get(i);
            columns.add(new Column(m.month(), m.submitted(), m.delivered(), 40 + i * Months.STEP,
                    max == 0 ? 0 : Months.PLOT * m.submitted() / max, max == 0 ? 0 : Months.PLOT * m.delivered() / max,
                    submitted.apply(m), delivered.apply(m)));
        }
        return new Months(columns, max, 40 + Math.max(1, months.size()) * Months.STEP + 10, 225);
    }
}
