package org.advisorydesk.flow.assistance;

import java.util.ArrayList;
import java.util.List;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN to find who works on a request, as routed (and perhaps overridden):
 * {@code ${routingGroups.leadGroup(reference, assistanceType)}} and its siblings.
 */
@Component("routingGroups")
public class RoutingGroups {

    private final RequestService requests;

    RoutingGroups(RequestService requests) {
        this.requests = requests;
    }

    public String leadGroup(String reference, String assistanceType) {
        return routingOf(reference, assistanceType).lead().groupId();
    }

    /** A new list each time: the engine stores it as a JSON process variable. */
    public List<String> contributorGroups(String reference, String assistanceType) {
        return new ArrayList<>(routingOf(reference, assistanceType).contributors().stream().map(Agency::groupId).toList());
    }

    /** The staff groups of every lead agency of the request, comma-separated, for a candidate group list. */
    public String leadGroups(String reference) {
        return String.join(",", requests.routingOf(reference).stream().map(r -> r.lead().groupId()).distinct().toList());
    }

    private Routing routingOf(String reference, String assistanceType) {
        AssistanceType type = AssistanceType.valueOf(assistanceType);
        return requests.routingOf(reference).stream()
                .filter(r -> r.assistanceType() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(reference + " has no routing for " + type));
    }
}
