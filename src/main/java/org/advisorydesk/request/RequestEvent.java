package org.advisorydesk.request;

import java.time.Instant;

/** Something that happened to a request outside the engine's task history: a status change, a routing. */
public record RequestEvent(Instant at, String actor, String kind, String detail) {
}
