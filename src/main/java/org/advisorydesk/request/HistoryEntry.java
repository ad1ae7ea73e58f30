package org.advisorydesk.request;

import java.time.Instant;
import java.util.Map;

import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.EntryKind;

/**
 * An entry of a request's record as the JSON API gives it: the kind and its structured payload, when,
 * the user (left out for a government reading staff work) and the side they acted for ({@code OHCHR},
 * {@code PRY}, {@code COORDINATORS}, {@code SYSTEM}).
 */
public record HistoryEntry(Instant at, EntryKind kind, String actor, String by, Map<String, Object> payload) {

    public static HistoryEntry of(CaseEntry entry) {
        return new HistoryEntry(entry.at(), entry.kind(), entry.actor(), entry.side().label(), entry.payload());
    }
}
