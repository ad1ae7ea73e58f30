package org.advisorydesk.dashboard;

import java.util.Locale;

import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.web.InvalidInputException;

/**
 * The requests behind one figure of the dashboard, for the list a figure links to and its CSV:
 * {@code submitted}, {@code delivered} and each final status in the period; {@code open} and
 * {@code ended} (in any final status) in the period; {@code open} and {@code waiting} (for the government)
 * now; or the open requests of one status ({@code status:IN_PROGRESS}).
 */
public record Figure(Kind kind, RequestStatus status) {

    public enum Kind { SUBMITTED, DELIVERED, FINISHED, ENDED, OPEN, WAITING, STATUS }

    public static final Figure SUBMITTED = new Figure(Kind.SUBMITTED, null);

    public static Figure parse(String value) {
        if (value == null || value.isBlank()) {
            return SUBMITTED;
        }
        String text = value.strip().toUpperCase(Locale.ROOT);
        try {
            if (text.startsWith("STATUS:")) {
                RequestStatus status = RequestStatus.valueOf(text.substring(7));
                return status.isFinal() ? new Figure(Kind.FINISHED, status) : new Figure(Kind.STATUS, status);
            }
            RequestStatus finished = switch (text) {
                case "CLOSED", "REJECTED", "LAPSED", "WITHDRAWN" -> RequestStatus.valueOf(text);
                default -> null;
            };
            return finished != null ? new Figure(Kind.FINISHED, finished) : new Figure(Kind.valueOf(text), null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("figure", "must be one of submitted, delivered, closed, rejected, lapsed, "
                    + "withdrawn, ended, open, waiting, or status:<a request status>");
        }
    }

    /** As a query parameter gives it back. */
    public String parameter() {
        return switch (kind) {
            case FINISHED -> status.name().toLowerCase(Locale.ROOT);
            case STATUS -> "status:" + status.name();
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The figure's condition on a request {@code a}, added to the filter's. */
    Conditions conditions(DashboardFilter filter) {
        Conditions c = Conditions.requests(filter);
        return switch (kind) {
            case SUBMITTED -> c.between("a.submitted_at", filter.start(), filter.end());
            case DELIVERED -> c.between("a.delivered_at", filter.start(), filter.end());
            case FINISHED -> c.between("a.finished_at", filter.start(), filter.end()).add("a.status = ?", status.name());
            case ENDED -> c.between("a.finished_at", filter.start(), filter.end());
            case OPEN -> c.add("a.status IN " + DashboardQueries.OPEN_STATUSES);
            case WAITING -> c.add("a.status IN " + DashboardQueries.GOVERNMENT_STATUSES);
            case STATUS -> c.add("a.status = ?", status.name());
        };
    }
}
