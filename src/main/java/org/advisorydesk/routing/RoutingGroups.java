package org.advisorydesk.routing;

import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN as {@code ${routingGroups.leadGroup(reference, assistanceType)}}: the staff group
 * of the agency that leads one assistance type of a request, as routed.
 */
@Component("routingGroups")
public class RoutingGroups {

    private final RequestService requests;

    RoutingGroups(RequestService requests) {
        this.requests = requests;
    }

    public String leadGroup(String reference, String assistanceType) {
        AssistanceType type = AssistanceType.valueOf(assistanceType);
        return requests.routingOf(reference).stream()
                .filter(r -> r.assistanceType() == type)
                .map(Routing::lead)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(reference + " has no routing for " + type))
                .groupId();
    }
}
