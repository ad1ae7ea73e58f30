package org.advisorydesk.benchmark;

import java.time.Duration;
import java.time.Instant;

import org.advisorydesk.request.RequestStatus;

/**
 * The intervals a seeded request's row keeps (V10), replayed from its status changes in the order they
 * are recorded, as {@code RequestRepository.updateStatus} keeps them: the time in each status counts
 * for the government while the ball is in its court, for the agencies otherwise, for nobody once final.
 */
final class RequestClock {

    private final Instant submitted;
    private RequestStatus status;
    private Instant since;
    private Instant delivered;
    private Instant finished;
    private long agencySeconds;
    private long governmentSeconds;

    RequestClock(Instant submitted) {
        this.submitted = submitted;
        this.since = submitted;
    }

    void enter(RequestStatus to, Instant at) {
        if (status != null) {
            long elapsed = Math.max(0, Duration.between(since, at).toSeconds());
            if (status.withGovernment()) {
                governmentSeconds += elapsed;
            } else if (!status.isFinal()) {
                agencySeconds += elapsed;
            }
        }
        status = to;
        since = at;
        if (to == RequestStatus.DELIVERED && delivered == null) {
            delivered = at;
        }
        finished = to.isFinal() ? at : null;
    }

    /** status_since, delivered_at, cycle_seconds, finished_at, agency_seconds, government_seconds. */
    Object[] columns() {
        return new Object[] {ProductRows.utc(since), ProductRows.utc(delivered),
                delivered == null ? null : Duration.between(submitted, delivered).toSeconds(), ProductRows.utc(finished),
                agencySeconds, governmentSeconds};
    }
}
