package org.advisorydesk.request;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;

/** A request as the JSON API shows it. Lists leave out routing, steps and history. */
public record RequestView(
        String reference,
        RequestStatus status,
        String requestingState,
        String stateName,
        List<Instrument> instruments,
        List<AssistanceType> assistanceTypes,
        String title,
        String description,
        String contactEmail,
        String submittedBy,
        Instant submittedAt,
        Instant updatedAt,
        Instant overdueSince,
        List<RoutingView> routing,
        List<CompletedStep> completedSteps,
        List<HistoryEntry> history) {

    /** The agencies working on one assistance type. */
    public record RoutingView(AssistanceType assistanceType, Agency lead, List<Agency> contributors) {

        static RoutingView of(Routing routing) {
            return new RoutingView(routing.assistanceType(), routing.lead(), routing.contributors());
        }
    }

    static RequestView summary(AssistanceRequest r, CurrentUser reader) {
        return new RequestView(r.reference(), r.status(), r.requestingState(), stateName(r.requestingState()),
                r.instruments(), r.assistanceTypes(), r.title(), r.description(), r.contactEmail(),
                r.submittedByFor(reader.isGovernment()), r.submittedAt(), r.updatedAt(), r.overdueSince(), null, null, null);
    }

    static RequestView of(RequestDetails details, CurrentUser reader) {
        AssistanceRequest r = details.request();
        return new RequestView(r.reference(), r.status(), r.requestingState(), stateName(r.requestingState()),
                r.instruments(), r.assistanceTypes(), r.title(), r.description(), r.contactEmail(),
                r.submittedByFor(reader.isGovernment()), r.submittedAt(), r.updatedAt(), r.overdueSince(),
                details.routing().stream().map(RoutingView::of).toList(), details.steps(),
                details.events().stream().map(HistoryEntry::of).toList());
    }

    /** The English short name of a State from its ISO 3166 alpha-3 code, through java.util.Locale. */
    static String stateName(String iso3) {
        return StateNames.name(iso3, Locale.ENGLISH);
    }
}
