package org.advisorydesk.request;

import java.util.Collection;
import java.util.List;

import org.advisorydesk.identity.Agency;

/** Who works on one assistance type of a request: the lead agency and the contributing agencies. */
public record Routing(AssistanceType assistanceType, Agency lead, List<Agency> contributors) {

    public Routing {
        contributors = List.copyOf(contributors);
        if (contributors.contains(lead)) {
            throw new IllegalArgumentException("The lead agency " + lead + " cannot also contribute");
        }
    }

    /** Whether one of these agencies leads or contributes. */
    public boolean involvesAny(Collection<Agency> agencies) {
        return agencies.contains(lead) || contributors.stream().anyMatch(agencies::contains);
    }
}
