package org.advisorydesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.advisorydesk.dashboard.AlertRule.Comparison;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.web.Choice;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NumberAsText;

/**
 * A threshold alert as a manager asks for it, from the page's form or the JSON API: the metric, an
 * agency or none (the whole desk), {@code above} or {@code below}, and the threshold (a count, or a
 * percentage for {@code ON_TIME_SHARE}).
 */
public record NewAlertRule(String metric, String agency, String comparison,
        @JsonDeserialize(using = NumberAsText.class) String threshold) {

    /** No count the desk keeps comes near this. */
    static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rule's parts, each bad one named in a 400. */
    Parsed parse() {
        List<FieldProblem> problems = new ArrayList<>();
        AlertMetric m = choice(AlertMetric.class, "metric", metric, true, problems);
        Agency a = choice(Agency.class, "agency", agency, false, problems);
        Comparison c = choice(Comparison.class, "comparison", comparison, true, problems);
        BigDecimal t = threshold(m, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Parsed(m, a, c, t);
    }

    record Parsed(AlertMetric metric, Agency agency, Comparison comparison, BigDecimal threshold) {
    }

    private BigDecimal threshold(AlertMetric m, List<FieldProblem> problems) {
        if (threshold == null || threshold.isBlank()) {
            problems.add(new FieldProblem("threshold", "is required"));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(threshold.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("threshold", "must be a number such as 5 or 80.5"));
            return null;
        }
        BigDecimal max = m != null && m.percentage() ? HUNDRED : MAX_COUNT;
        if (value.signum() < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("threshold", "must be between 0 and " + max.toPlainString()
                    + " with at most two decimals"));
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, boolean required,
            List<FieldProblem> problems) {
        if (required && (value == null || value.isBlank())) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        try {
            return Choice.of(type, field, value, null);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
