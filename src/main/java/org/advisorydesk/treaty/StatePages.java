package org.advisorydesk.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.RequestSearch;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.StateNames;
import org.advisorydesk.web.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One State's page of the register for staff: its standing and timeline per instrument, report
 * schedule, concluding observations, the monitoring work, its requests for assistance and focal points.
 */
@Service
public class StatePages {

    /** Everything the page shows of one State. */
    public record StatePage(String iso3, String name, String region, List<TreatyViews.InstrumentPage> instruments,
            List<TreatyViews.Event> timeline, List<TreatyViews.Observation> observations,
            List<TreatyViews.MonitoringWork> work, List<TreatyViews.Correction> corrections,
            List<AssistanceRequest> requests, List<TreatyViews.FocalPoint> focalPoints) {
    }

    private final TreatyRegister register;
    private final TreatyRepository repository;
    private final WorldMap map;
    private final CaseRecord caseRecord;
    private final RequestService requests;
    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;

    StatePages(TreatyRegister register, TreatyRepository repository, WorldMap map, CaseRecord caseRecord,
            RequestService requests, HistoryService history, IdentityService identity, Clock clock) {
        this.register = register;
        this.repository = repository;
        this.map = map;
        this.caseRecord = caseRecord;
        this.requests = requests;
        this.history = history;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StatePage page(CurrentUser user, String iso3, Locale locale) {
        String state = iso3 == null ? "" : iso3.toUpperCase(Locale.ROOT);
        if (register.stateName(state) == null) {
            throw new NotFoundException("No State " + iso3);
        }
        LocalDate today = LocalDate.now(clock);
        List<TreatyViews.InstrumentPage> instruments = new ArrayList<>();
        List<TreatyViews.Event> timeline = new ArrayList<>();
        List<TreatyViews.Correction> corrections = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            Participation p = repository.find(state, instrument).orElse(Participation.none(state, instrument));
            List<StateView.ReportView> reports = p.status().isParty() ? register.state(user, state).instruments()
                    .get(instrument.ordinal()).reports() : List.of();
            StateView.ReportView next = reports.stream().filter(r -> r.submitted() == null).findFirst().orElse(null);
            instruments.add(new TreatyViews.InstrumentPage(TreatyViews.Standing.of(p, next), p.declarationArt76On(),
                    p.declarationArt77On(), p.reservations(), reports.stream().map(r -> new TreatyViews.ReportLine(r.kind(), r.due(),
                            r.submitted(), r.submitted() == null && r.due().isBefore(today)
                                    ? ChronoUnit.DAYS.between(r.due(), today) : null)).toList()));
            timeline.addAll(events(p));
            repository.submissions(state, instrument).forEach(d -> timeline.add(new TreatyViews.Event(d, instrument, "report", null)));
            caseRecord.all(new CaseKey.MonitoringCase(state, instrument.name()), EntryKind.DUE_DATE_CORRECTED)
                    .forEach(e -> corrections.add(new TreatyViews.Correction(instrument, e.text("from"), e.text("to"),
                            e.text("reason"), e.actor(), e.at())));
        }
        List<TreatyViews.Observation> observations = repository.observations(state);
        observations.forEach(o -> timeline.add(new TreatyViews.Event(o.adoptedOn(), o.instrument(), "observations", null)));
        timeline.sort(Comparator.comparing(TreatyViews.Event::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new StatePage(state, StateNames.name(state, locale), map.region(state), instruments, timeline, observations,
                work(state), corrections,
                requests.search(user, new RequestSearch(RequestSearch.Standing.ALL, state, null, 0, 50)).requests(),
                focalPoints(state));
    }

    private static List<TreatyViews.Event> events(Participation p) {
        List<TreatyViews.Event> events = new ArrayList<>();
        Instrument i = p.instrument();
        if (p.signed()) {
            events.add(new TreatyViews.Event(p.signedOn(), i, "signature", null));
        }
        if (p.consent() != null) {
            events.add(new TreatyViews.Event(p.consentOn(), i, p.consent() == TreatyAction.ACCESSION ? "accession" : "ratification", null));
        }
        if (p.entryIntoForce() != null) {
            events.add(new TreatyViews.Event(p.entryIntoForce(), i, "entryIntoForce", null));
        }
        if (p.declarationArt76()) {
            events.add(new TreatyViews.Event(p.declarationArt76On(), i, "declaration76", null));
        }
        if (p.declarationArt77()) {
            events.add(new TreatyViews.Event(p.declarationArt77On(), i, "declaration77", null));
        }
        if (p.reservations() != null) {
            Arrays.stream(p.reservations().split("\n")).filter(r -> !r.isBlank()).forEach(r -> {
                LocalDate on = r.length() > 12 && r.charAt(10) == ':' ? LocalDate.parse(r.substring(0, 10)) : null;
                events.add(new TreatyViews.Event(on, i, "reservation", on == null ? r : r.substring(12)));
            });
        }
        return events;
    }

    private List<TreatyViews.MonitoringWork> work(String state) {
        List<TreatyViews.MonitoringWork> work = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            history.createHistoricTaskInstanceQuery().processDefinitionKey(TreatyMonitoringVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(TreatyMonitoringProcess.businessKey(state, instrument))
                    .orderByHistoricActivityInstanceStartTime().desc().listPage(0, 50)
                    .forEach(t -> work.add(new TreatyViews.MonitoringWork(t.getEndTime() == null ? t.getId() : null,
                            t.getTaskDefinitionKey(), instrument, t.getStartTime().toInstant(),
                            t.getEndTime() == null ? null : t.getEndTime().toInstant(), t.getAssignee())));
        }
        work.sort(Comparator.comparing(TreatyViews.MonitoringWork::created).reversed());
        return work;
    }

    private List<TreatyViews.FocalPoint> focalPoints(String state) {
        return identity.createUserQuery().memberOfGroup("gov-" + state.toLowerCase(Locale.ROOT)).list().stream()
                .map(u -> new TreatyViews.FocalPoint(u.getId(), (nullToEmpty(u.getFirstName()) + " " + nullToEmpty(u.getLastName())).strip(),
                        u.getEmail()))
                .toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
