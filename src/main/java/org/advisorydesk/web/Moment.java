package org.advisorydesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A point in time as pages show it (UTC, to the minute) and as {@code <time datetime>} carries it. */
public record Moment(String text, String iso) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public static Moment of(Instant instant) {
        if (instant == null) {
            return null;
        }
        return new Moment(SHOWN.format(instant.atZone(ZoneOffset.UTC)), instant.toString());
    }
}
