package org.advisorydesk.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treaty register: signatures, ratifications and accessions with their dates, entry into force,
 * reports and concluding observations. Coordinators record; everyone signed in reads (a government
 * sees its own State's reports, and the public status of others).
 */
@Service
public class TreatyRegister {

    static final String UNKNOWN_DATE = "unknown";

    private final TreatyRepository repository;
    private final TreatyCalendar calendar;
    private final ReportSchedule schedule;
    private final TreatyMonitoringProcess monitoring;
    private final Map<String, String> stateNames;

    private final Clock clock;

    TreatyRegister(TreatyRepository repository, TreatyCalendar calendar, ReportSchedule schedule,
            TreatyMonitoringProcess monitoring, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.calendar = calendar;
        this.schedule = schedule;
        this.monitoring = monitoring;
        this.stateNames = Arrays.stream(Locale.getISOCountries())
                .map(iso2 -> new Locale("", iso2))
                .collect(Collectors.toMap(Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH), (a, b) -> a,
                        TreeMap::new));
    }

    @Transactional(readOnly = true)
    public StateView state(CurrentUser user, String iso3) {
        String state = knownState(iso3);
        boolean full = user.state().map(state::equals).orElse(!user.isGovernment());
        return view(state, Arrays.stream(Instrument.values())
                .map(i -> repository.find(state, i).orElse(Participation.none(state, i))).toList(), full);
    }

    /** Every State, filtered by status and instrument when given; without reports. */
    @Transactional(readOnly = true)
    public List<StateView> states(TreatyStatus status, Instrument instrument) {
        Map<String, List<Participation>> recorded = repository.findAll().stream()
                .collect(Collectors.groupingBy(Participation::state));
        return stateNames.keySet().stream()
                .map(state -> {
                    Map<Instrument, Participation> byInstrument = recorded.getOrDefault(state, List.of()).stream()
                            .collect(Collectors.toMap(Participation::instrument, Function.identity()));
                    List<Participation> shown = Arrays.stream(Instrument.values())
                            .filter(i -> instrument == null || i == instrument)
                            .map(i -> byInstrument.getOrDefault(i, Participation.none(state, i)))
                            .filter(p -> status == null || p.status() == status)
                            .toList();
                    return shown.isEmpty() ? null : view(state, shown, false);
                })
                .filter(Objects::nonNull)
                .toList();
    }

    @Transactional
    public StateView recordAction(CurrentUser user, String iso3, TreatyInputs.ActionInput input) {
        requireCoordinator(user);
        String state = knownState(iso3);
        notInFuture("date", input.date());
        Participation current = repository.find(state, input.instrument()).orElse(Participation.none(state, input.instrument()));
        Participation changed = switch (input.action()) {
            case SIGNATURE -> sign(current, input.date());
            case RATIFICATION, ACCESSION -> consent(current, input.action(), input.date());
        };
        repository.save(changed);
        if (changed.status().isParty()) {
            monitoring.start(changed);
        }
        return state(user, state);
    }

    @Transactional
    public StateView recordReport(CurrentUser user, String iso3, TreatyInputs.ReportInput input) {
        requireCoordinator(user);
        String state = knownState(iso3);
        notInFuture("submittedOn", input.submittedOn());
        Participation p = party(state, input.instrument());
        if (p.entryIntoForce() == null || input.submittedOn().isBefore(p.entryIntoForce())) {
            throw new InvalidInputException("submittedOn", "is before the instrument entered into force for " + state
                    + (p.entryIntoForce() == null ? "" : " (" + p.entryIntoForce() + ")"));
        }
        repository.addSubmission(state, input.instrument(), input.submittedOn(), user.id(), clock.instant());
        return state(user, state);
    }

    @Transactional
    public void recordObservations(CurrentUser user, String iso3, TreatyInputs.ObservationsInput input) {
        requireCoordinator(user);
        String state = knownState(iso3);
        notInFuture("adoptedOn", input.adoptedOn());
        party(state, input.instrument());
        repository.addObservations(state, input.instrument(), input.adoptedOn(), input.text().strip(), user.id(),
                clock.instant());
        monitoring.observationsAdopted(state, input.instrument(), input.adoptedOn());
    }

    /** The first report the State has not submitted yet, for the monitoring process. */
    @Transactional(readOnly = true)
    public StateView.ReportView nextReport(String state, Instrument instrument) {
        Participation p = repository.find(state, instrument).orElseThrow();
        return schedule.next(instrument, p.entryIntoForce(), repository.submissions(state, instrument)).orElseThrow();
    }

    /**
     * The next report of every State party that falls due on or before {@code until}, overdue ones
     * included, soonest first: the deadlines the managers' dashboard watches.
     */
    @Transactional(readOnly = true)
    public List<ReportDeadline> reportsDueBy(LocalDate until) {
        return repository.findAll().stream()
                .filter(p -> p.status().isParty() && p.entryIntoForce() != null)
                .flatMap(p -> schedule.next(p.instrument(), p.entryIntoForce(), repository.submissions(p.state(), p.instrument()))
                        .map(r -> new ReportDeadline(p.state(), p.instrument(), r.kind(), r.due())).stream())
                .filter(d -> !d.due().isAfter(until))
                .sorted(Comparator.comparing(ReportDeadline::due).thenComparing(ReportDeadline::state))
                .toList();
    }

    /** Seeds a State's standing with the date unknown (the 2003 status report gives no dates). */
    @Transactional
    public void seed(String state, Instrument instrument, TreatyStatus status, LocalDate entryIntoForce) {
        Participation none = Participation.none(state, instrument);
        Participation seeded = switch (status) {
            case SIGNED -> none.withSignature(null);
            case RATIFIED -> none.withSignature(null).withConsent(TreatyAction.RATIFICATION, null, entryIntoForce);
            case ACCEDED -> none.withConsent(TreatyAction.ACCESSION, null, entryIntoForce);
            case NONE -> none;
        };
        repository.save(seeded);
        if (seeded.status().isParty()) {
            monitoring.start(seeded);
        }
    }

    boolean isEmpty() {
        return repository.isEmpty();
    }

    private Participation sign(Participation current, LocalDate on) {
        if (current.instrument() != Instrument.ICRMW) {
            throw new InvalidInputException("action", "ILO conventions are ratified, not signed");
        }
        if (current.signed() || current.status().isParty()) {
            throw new InvalidInputException("action", current.state() + " has already " + (current.signed() ? "signed" : "become a party"));
        }
        return current.withSignature(on);
    }

    private Participation consent(Participation current, TreatyAction action, LocalDate on) {
        if (current.status().isParty()) {
            throw new InvalidInputException("action", current.state() + " is already a party to " + current.instrument());
        }
        if (action == TreatyAction.RATIFICATION && current.instrument() == Instrument.ICRMW && !current.signed()) {
            throw new InvalidInputException("action", "a State that has not signed accedes (ICRMW art. 86)");
        }
        if (action == TreatyAction.ACCESSION && current.instrument() != Instrument.ICRMW) {
            throw new InvalidInputException("action", "ILO conventions are ratified");
        }
        if (current.signedOn() != null && on.isBefore(current.signedOn())) {
            throw new InvalidInputException("date", "is before the signature (" + current.signedOn() + ")");
        }
        LocalDate inForce = current.instrument() == Instrument.ICRMW ? calendar.icrmwEntryIntoForce(on) : calendar.iloEntryIntoForce(on);
        return current.withConsent(action, on, inForce);
    }

    private Participation party(String state, Instrument instrument) {
        Participation p = repository.find(state, instrument).orElse(Participation.none(state, instrument));
        if (!p.status().isParty()) {
            throw new InvalidInputException("instrument", state + " is not a party to " + instrument);
        }
        return p;
    }

    private String knownState(String iso3) {
        String state = iso3 == null ? "" : iso3.toUpperCase(Locale.ROOT);
        if (!stateNames.containsKey(state)) {
            throw new InvalidInputException("iso3", "must be an ISO 3166 alpha-3 country code, such as PRY");
        }
        return state;
    }

    private void notInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(field, "is in the future");
        }
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new ForbiddenException("Only coordinators record in the treaty register.");
        }
    }

    private StateView view(String state, List<Participation> participations, boolean withReports) {
        return new StateView(state, stateNames.get(state), participations.stream().map(p -> new StateView.InstrumentView(
                p.instrument(), p.status(),
                p.signed() ? dateOrUnknown(p.signedOn()) : null,
                p.status().isParty() ? dateOrUnknown(p.consentOn()) : null,
                p.consent(), p.entryIntoForce(), p.declarationArt76(), p.declarationArt77(), p.reservations(),
                withReports ? schedule.of(p.instrument(), p.entryIntoForce(), repository.submissions(state, p.instrument())) : null))
                .toList());
    }

    private static String dateOrUnknown(LocalDate date) {
        return date == null ? UNKNOWN_DATE : date.toString();
    }

    Set<String> knownStates() {
        return stateNames.keySet();
    }
}
