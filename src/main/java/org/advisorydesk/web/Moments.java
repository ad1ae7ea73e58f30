package org.advisorydesk.web;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** {@link Moment}s for templates, from the instants the records carry: {@code ${@moments.of(d.uploadedAt)}}. */
@Component("moments")
public class Moments {

    public Moment of(Instant instant) {
        return Moment.of(instant);
    }
}
