package org.advisorydesk.workspace;

import java.util.List;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.review.FourEyesRule;
import org.advisorydesk.task.RenderedForm;
import org.advisorydesk.task.WorkTask;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a task's form offers and starts with, from its request: <em>Confirm routing</em> offers only the
 * requested assistance types and starts from their current routing; <em>Approve deliverable</em> is not
 * offered to whoever did the branch's work (the engine's {@link FourEyesRule} still decides).
 */
@Component
class FormsInContext {

    static final String CONFIRM_ROUTING = "confirm-routing";
    static final String APPROVE_DELIVERABLE = "approve-deliverable";

    private final RequestService requests;
    private final FourEyesRule fourEyes;

    FormsInContext(RequestService requests, FourEyesRule fourEyes) {
        this.requests = requests;
        this.fourEyes = fourEyes;
    }

    /** The routing the coordinator confirms or changes (none for other tasks). */
    List<Routing> routingToConfirm(WorkTask task) {
        return CONFIRM_ROUTING.equals(task.taskDefinitionKey()) ? requests.routingOf(task.requestReference()) : List.of();
    }

    /**
     * The values the form starts with when nothing was sent: the routing of the first requested type and the
     * decision to confirm it, so that the form submitted unchanged confirms; what the task kept comes first.
     */
    MultiValueMap<String, String> startingValues(List<Routing> routing, MultiValueMap<String, String> kept) {
        if (routing.isEmpty()) {
            return kept;
        }
        Routing first = routing.get(0);
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("routingDecision", "CONFIRM");
        values.add("overrideAssistanceType", first.assistanceType().name());
        values.add("overrideLead", first.lead().name());
        first.contributors().forEach(c -> values.add("overrideContributors", c.name()));
        values.putAll(kept);
        return values;
    }

    /** The form with only the requested assistance types offered, when it asks for one. */
    RenderedForm offered(RenderedForm form, List<Routing> routing) {
        if (form == null || routing.isEmpty()) {
            return form;
        }
        return form.offering("overrideAssistanceType", routing.stream().map(r -> r.assistanceType().name()).toList());
    }

    /** Whether the four-eyes rule would refuse the user this approval: the page says so and offers no form. */
    boolean ownWork(CurrentUser user, WorkTask task) {
        return APPROVE_DELIVERABLE.equals(task.taskDefinitionKey()) && fourEyes.refuses(task.id(), user.id());
    }
}
