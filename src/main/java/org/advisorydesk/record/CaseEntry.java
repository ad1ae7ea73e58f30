package org.advisorydesk.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One entry of a case's record: what happened ({@link EntryKind}, with its structured payload), to
 * which case, when, by whom and for which side, and who may read it.
 */
public record CaseEntry(long id, String caseKey, Instant at, String actor, ActorSide side, EntryKind kind,
        Audience audience, Map<String, Object> payload) {

    public CaseEntry {
        payload = payload == null ? Map.of() : payload;
    }

    /** A text of the payload, or null. */
    public String text(String key) {
        Object value = payload.get(key);
        return value == null ? null : value.toString();
    }

    /** The values submitted in a step ({@link EntryKind#STEP_COMPLETED}). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> values() {
        Object values = payload.get("values");
        return values instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /**
     * The texts a step released with its deliverable (its form's fields of audience "release"), one
     * paragraph each; empty when the step released none.
     */
    public Optional<String> releasedText() {
        return payload.get("release") instanceof Map<?, ?> released && !released.isEmpty()
                ? Optional.of(released.values().stream().map(String::valueOf).collect(Collectors.joining("\n\n")))
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String key) {
        Object value = payload.get(key);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The newest entry of a kind that matches among these (oldest first), if any. */
    public static Optional<CaseEntry> latest(List<CaseEntry> entries, EntryKind kind, Predicate<CaseEntry> matching) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            CaseEntry entry = entries.get(i);
            if (entry.kind() == kind && matching.test(entry)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public boolean readableByGovernment() {
        return audience == Audience.GOVERNMENT;
    }

    /** The entry as the government reads it: its own people by name, staff by their side only. */
    public CaseEntry forGovernment() {
        return side.isGovernment() ? this : new CaseEntry(id, caseKey, at, null, side, kind, audience, payload);
    }
}
