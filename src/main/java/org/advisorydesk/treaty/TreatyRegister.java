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
import org.advisorydesk.record.EntryKind;
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
    private final TreatyRecord record;
    private final Map<String, String> stateNames;

    private final Clock clock;

    TreatyRegister(TreatyRepository repository, TreatyCalendar calendar, ReportSchedule schedule,
            TreatyMonitoringProcess monitoring, TreatyRecord record, Clock clock) {
        this.clock = clock;
        this.record = record;
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
        return recordAction(user, iso3, input, "api");
    }

    /** A signature, ratification or accession, recorded from {@code source} ({@code api}, {@code page}, {@code import}). */
    @Transactional
    public StateView recordAction(CurrentUser user, String iso3, TreatyInputs.ActionInput input, String source) {
        requireCoordinator(user);
        String state = knownState(iso3);
        notInFuture("date", input.date());
        Participation current = repository.find(state, input.instrument()).orElse(Participation.none(state, input.instrument()));
        Participation changed = switch (input.action()) {
            case SIGNATURE -> sign(current, input.date());
            case RATIFICATION, ACCESSION -> consent(current, input.action(), input.date());
        };
        repository.save(changed);
        record.append(user, state, input.instrument(), EntryKind.TREATY_ACTION, details("action", input.action(),
                "date", input.date(), "entryIntoForce", changed.status().isParty() ? changed.entryIntoForce() : null,
                "source", source));
        if (changed.monitored()) {
            monitoring.start(changed);
        }
        return state(user, state);
    }

    /** An optional declaration under ICRMW art. 76 (inter-State) or 77 (individual communications). */
    @Transactional
    public StateView recordDeclaration(CurrentUser user, String iso3, TreatyInputs.DeclarationInput input) {
        requireCoordinator(user);
        String state = knownState(iso3);
        notInFuture("date", input.date());
        Participation p = party(state, Instrument.ICRMW);
        if (input.article() == 76 ? p.declarationArt76() : p.declarationArt77()) {
            throw new InvalidInputException("article", state + " has already made the declaration under article " + input.article());
        }
        repository.save(p.withDeclaration(input.article(), input.date()));
        record.append(user, state, Instrument.ICRMW, EntryKind.TREATY_ACTION,
                details("action", "DECLARATION_ART" + input.article(), "date", input.date(), "source", "page"));
        return state(user, state);
    }

    /** A reservation made by a State (ICRMW art. 91; ILO conventions admit none, so the ICRMW only). */
    @Transactional
    public StateView recordReservation(CurrentUser user, String iso3, TreatyInputs.ReservationInput input) {
        requireCoordinator(user);
        String state = knownState(iso3);
        notInFuture("date", input.date());
        Participation p = repository.find(state, Instrument.ICRMW).orElse(Participation.none(state, Instrument.ICRMW));
        if (p.status() == TreatyStatus.NONE) {
            throw new InvalidInputException("text", state + " has neither signed nor become a party to the ICRMW");
        }
        String text = input.text().strip();
        repository.save(p.withReservation(input.date() + ": " + text));
        record.append(user, state, Instrument.ICRMW, EntryKind.TREATY_ACTION,
                details("action", "RESERVATION", "date", input.date(), "text", text, "source", "page"));
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
        record.append(user, state, input.instrument(), EntryKind.REPORT_SUBMITTED, details("submittedOn", input.submittedOn()));
        historyKnown(p);
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
        record.append(user, state, input.instrument(), EntryKind.OBSERVATIONS_ADOPTED, details("adoptedOn", input.adoptedOn()));
        historyKnown(party(state, input.instrument()));
        monitoring.observationsAdopted(state, input.instrument(), input.adoptedOn());
    }

    /**
     * A coordinator checked a seeded party's report history (the reports it submitted are recorded, if
     * any): its reports are followed up from now on.
     */
    @Transactional
    public StateView verifyReportHistory(CurrentUser user, String iso3, Instrument instrument) {
        requireCoordinator(user);
        String state = knownState(iso3);
        Participation p = party(state, instrument);
        if (p.reportHistoryRecorded()) {
            throw new InvalidInputException("instrument", "the report history of " + state + " under " + instrument
                    + " is already recorded");
        }
        record.append(user, state, instrument, EntryKind.REPORT_HISTORY_VERIFIED,
                details("reports", repository.submissions(state, instrument).size()));
        historyKnown(p);
        return state(user, state);
    }

    /**
     * A coordinator corrects the due date of the State's next report (the ILO sets the year of regular
     * reports by subject and country group), with the reason kept in the record. Later reports count from it.
     */
    @Transactional
    public StateView correctNextDue(CurrentUser user, String iso3, TreatyInputs.CorrectionInput input) {
        requireCoordinator(user);
        String state = knownState(iso3);
        Participation p = party(state, input.instrument());
        if (p.entryIntoForce() == null || input.due().isBefore(p.entryIntoForce())) {
            throw new InvalidInputException("due", "is before the instrument entered into force for " + state);
        }
        List<StateView.ReportView> reports = reports(p);
        int index = reports.size() - 1;
        StateView.ReportView next = reports.get(index);
        if (index > 0 && !input.due().isAfter(reports.get(index - 1).due())) {
            throw new InvalidInputException("due", "must be after the previous report's due date (" + reports.get(index - 1).due() + ")");
        }
        String reason = input.reason().strip();
        repository.addCorrection(state, input.instrument(), index, input.due(), reason, user.id(), clock.instant());
        record.append(user, state, input.instrument(), EntryKind.DUE_DATE_CORRECTED, details("reportKind", next.kind(),
                "from", next.due(), "to", input.due(), "reason", reason));
        monitoring.nextDueCorrected(state, input.instrument(), input.due());
        return state(user, state);
    }

    /** The first report the State has not submitted yet, for the monitoring process. */
    @Transactional(readOnly = true)
    public StateView.ReportView nextReport(String state, Instrument instrument) {
        Participation p = repository.find(state, instrument).orElseThrow();
        return schedule.next(instrument, p.entryIntoForce(), repository.submissions(state, instrument),
                repository.corrections(state, instrument)).orElseThrow();
    }

    /**
     * The next report of every State party that falls due on or before {@code until}, overdue ones
     * included, soonest first: the deadlines the managers' dashboard watches.
     */
    @Transactional(readOnly = true)
    public List<ReportDeadline> reportsDueBy(LocalDate until) {
        return schedules().stream()
                .filter(s -> s.participation().monitored() && s.next() != null && !s.next().due().isAfter(until))
                .map(s -> new ReportDeadline(s.participation().state(), s.participation().instrument(), s.next().kind(), s.next().due()))
                .sorted(Comparator.comparing(ReportDeadline::due).thenComparing(ReportDeadline::state))
                .toList();
    }

    /** Every party's report schedule, in three queries whatever the number of States: the calendar's source. */
    @Transactional(readOnly = true)
    public List<PartySchedule> schedules() {
        Map<String, List<LocalDate>> submissions = repository.allSubmissions();
        Map<String, Map<Integer, LocalDate>> corrections = repository.allCorrections();
        return repository.findAll().stream()
                .filter(p -> p.status().isParty() && p.entryIntoForce() != null)
                .map(p -> {
                    String key = TreatyMonitoringProcess.businessKey(p.state(), p.instrument());
                    List<StateView.ReportView> reports = schedule.of(p.instrument(), p.entryIntoForce(),
                            submissions.getOrDefault(key, List.of()), corrections.getOrDefault(key, Map.of()));
                    return new PartySchedule(p, stateNames.get(p.state()), reports);
                })
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
        // the 2003 status says nothing of the reports since: "report history not recorded", no follow-up
        repository.save(seeded.withReportHistory(!seeded.status().isParty()));
        record.appendBySystem(state, instrument, EntryKind.TREATY_ACTION, details("action",
                status == TreatyStatus.SIGNED ? TreatyAction.SIGNATURE : status == TreatyStatus.ACCEDED ? TreatyAction.ACCESSION
                        : TreatyAction.RATIFICATION, "entryIntoForce", seeded.entryIntoForce(), "source", "seed-2003"));
    }

    /** The State's report history is known from now on: its monitoring starts (once). */
    private void historyKnown(Participation p) {
        Participation known = repository.find(p.state(), p.instrument()).orElse(p);
        if (!known.reportHistoryRecorded()) {
            known = known.withReportHistory(true);
            repository.save(known);
        }
        if (known.monitored()) {
            monitoring.start(known);
        }
    }

    private List<StateView.ReportView> reports(Participation p) {
        return schedule.of(p.instrument(), p.entryIntoForce(), repository.submissions(p.state(), p.instrument()),
                repository.corrections(p.state(), p.instrument()));
    }

    private static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            details.put((String) keyValues[i], keyValues[i + 1]);
        }
        return details;
    }

    /** Every standing recorded (States with none recorded are not in it). */
    @Transactional(readOnly = true)
    public List<Participation> participations() {
        return repository.findAll();
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

    String knownState(String iso3) {
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
                p.consent(), p.entryIntoForce(), p.declarationArt76(), p.declarationArt76On(), p.declarationArt77(),
                p.declarationArt77On(), p.reservations(), p.status().isParty() ? p.reportHistoryRecorded() : null,
                withReports ? reports(p) : null))
                .toList());
    }

    /** The State's English name, or null for a code that is not an ISO 3166 country. */
    public String stateName(String iso3) {
        return stateNames.get(iso3);
    }

    private static String dateOrUnknown(LocalDate date) {
        return date == null ? UNKNOWN_DATE : date.toString();
    }

    Set<String> knownStates() {
        return stateNames.keySet();
    }
}
