package org.advisorydesk.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

import org.advisorydesk.identity.Agency;

/**
 * A manager's threshold on a figure, of one agency or of the whole desk ({@code agency} absent), and
 * where the figure stood at the last check: {@code crossed} since {@code since} or back to normal since then.
 */
public record AlertRule(long id, AlertMetric metric, Agency agency, Comparison comparison, BigDecimal threshold,
        String createdBy, Instant createdAt, boolean crossed, Instant since) {

    /** Which side of the threshold is the alert's. */
    public enum Comparison {
        ABOVE, BELOW;

        boolean crossedBy(double value, BigDecimal threshold) {
            int side = BigDecimal.valueOf(value).compareTo(threshold);
            return this == ABOVE ? side > 0 : side < 0;
        }
    }

    /** Whether the figure's value is beyond the threshold. */
    public boolean crossedBy(double value) {
        return comparison.crossedBy(value, threshold);
    }

    /** The threshold as people write it: 5, 80.5. */
    public String thresholdText() {
        return threshold.stripTrailingZeros().toPlainString();
    }

    /** The dashboard's filter of the rule, as a link's query: {@code agency=ILO}, or none. */
    String dashboardQuery() {
        return agency == null ? "" : "agency=" + agency.name();
    }
}
