package org.advisorydesk.record;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.EngineAuthentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every case: entries are appended in the transaction of the work they record (so
 * rolled-back work leaves none), each with the audience {@link Audiences} decides, and read back
 * filtered for the reader. Whether the reader may see the case at all is the caller's check. Work
 * appended is announced ({@link WorkRecorded}) in the same transaction.
 */
@Service
public class CaseRecord {

    private final CaseRecordRepository repository;
    private final EngineAuthentication engineAuthentication;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseRecord(CaseRecordRepository repository, EngineAuthentication engineAuthentication, Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.engineAuthentication = engineAuthentication;
        this.clock = clock;
        this.events = events;
    }

    /** Appends an entry by someone who acted for a side (a user id may be null for the system). */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseEntry append(CaseKey key, EntryKind kind, String actor, ActorSide side, Map<String, ?> payload) {
        Map<String, Object> stored = withoutNulls(payload);
        Audience audience = Audiences.of(kind, side, stored);
        Instant now = clock.instant();
        long id = repository.insert(key.key(), now, actor, side, kind, audience, stored);
        CaseEntry entry = new CaseEntry(id, key.key(), now, actor, side, kind, audience, stored);
        if (EntryKind.WORK.contains(kind)) {
            events.publishEvent(new WorkRecorded(key, entry));
        }
        return entry;
    }

    /** Appends an entry by the user the engine is working for now (the system for timers and jobs). */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseEntry append(CaseKey key, EntryKind kind, Map<String, ?> payload) {
        Optional<CurrentUser> user = engineAuthentication.currentUser();
        return append(key, kind, user.map(CurrentUser::id).orElse(null),
                user.map(u -> ActorSide.ofGroups(u.groups())).orElse(ActorSide.SYSTEM), payload);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CaseEntry append(CaseKey key, EntryKind kind, CurrentUser user, Map<String, ?> payload) {
        return append(key, kind, user.id(), ActorSide.ofGroups(user.groups()), payload);
    }

    /**
     * The case's record as this reader may read it, oldest first: all of it for staff, what is meant
     * for it for a government (staff named by their side only).
     */
    @Transactional(readOnly = true)
    public List<CaseEntry> readBy(CurrentUser reader, CaseKey key) {
        if (!reader.isGovernment()) {
            return repository.entries(key.key(), (Audience) null);
        }
        return repository.entries(key.key(), Audience.GOVERNMENT).stream().map(CaseEntry::forGovernment).toList();
    }

    /** Every entry of one kind, oldest first, whatever its audience: for the product's own use. */
    @Transactional(readOnly = true)
    public List<CaseEntry> all(CaseKey key, EntryKind kind) {
        return repository.entries(key.key(), kind);
    }

    /** The newest entry of a kind that matches, whatever its audience. */
    @Transactional(readOnly = true)
    public Optional<CaseEntry> latest(CaseKey key, EntryKind kind, Predicate<CaseEntry> matching) {
        return CaseEntry.latest(repository.entries(key.key(), kind), kind, matching);
    }

    private static Map<String, Object> withoutNulls(Map<String, ?> payload) {
        Map<String, Object> stored = new LinkedHashMap<>();
        payload.forEach((k, v) -> {
            if (v != null) {
                stored.put(k, v);
            }
        });
        return stored;
    }
}
