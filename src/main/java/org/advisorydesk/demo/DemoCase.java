package org.advisorydesk.demo;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.NewRequest;

/**
 * One demo request while it is made: what it asks, how it is meant to end, and what has happened so far.
 * Its fate is drawn once; the officers who work on it are kept so that the lead who prepares a
 * deliverable is the one who reworks it.
 */
final class DemoCase {

    enum Outcome { DELIVERED, REJECTED, LAPSED, WITHDRAWN }

    /**
     * How this request is meant to go: its end, whether screening asks for clarification, whether the
     * coordinator overrides the routing, whether the government asks a question or comments when it
     * reviews the deliverables, and when it withdraws (for a withdrawn request).
     */
    record Fate(Outcome outcome, boolean clarification, boolean override, boolean question, boolean comment,
            Instant withdrawal) {
    }

    final NewRequest body;
    final String stateName;
    final CurrentUser government;
    final CurrentUser submitter;
    final Fate fate;
    final Instant submission;
    String reference;
    String instanceId;
    boolean finished;
    boolean clarificationAsked;
    boolean overridden;
    boolean questionAsked;
    /** Tasks and timers already planned for, by id. */
    final Set<String> planned = new HashSet<>();
    final Map<Agency, CurrentUser> officers = new EnumMap<>(Agency.class);
    /** Approval decisions so far, per branch process instance. */
    final Map<String, Integer> approvals = new HashMap<>();

    DemoCase(NewRequest body, String stateName, CurrentUser government, CurrentUser submitter, Fate fate,
            Instant submission) {
        this.body = body;
        this.stateName = stateName;
        this.government = government;
        this.submitter = submitter;
        this.fate = fate;
        this.submission = submission;
    }

    String state() {
        return body.requestingState();
    }
}
