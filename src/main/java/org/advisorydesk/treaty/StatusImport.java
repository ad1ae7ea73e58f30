package org.advisorydesk.treaty;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.request.StateNames;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A status table in the UN Treaty Collection's columns (participant; signature; ratification, accession
 * (a), succession (d)) imported for one instrument: previewed State by State (what would change, what
 * cannot be read, what the register's rules refuse), then applied all or nothing, each change a
 * recorded action like one made on the page. The preview runs the same changes and rolls them back.
 */
@Service
public class StatusImport {

    /** What a row of the table would change: the acts to record, or why it cannot be read. */
    public record Line(int row, String participant, String iso3, List<TreatyInputs.ActionInput> changes, String problem) {
    }

    /** The preview (or the outcome) of an import: applicable when no row has a problem. */
    public record Outcome(Instrument instrument, List<Line> lines, boolean applied) {

        public boolean applicable() {
            return lines.stream().noneMatch(l -> l.problem() != null);
        }

        public long changes() {
            return lines.stream().mapToLong(l -> l.changes().size()).sum();
        }
    }

    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{1,2} \\p{L}{3,9}\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*(?:([adAD])\\b.*)?$");
    private static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter UN_LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final TreatyRegister register;
    private final TransactionTemplate transactions;

    StatusImport(TreatyRegister register, TransactionTemplate transactions) {
        this.register = register;
        this.transactions = transactions;
    }

    /** What the table would change, without changing anything. */
    public Outcome preview(CurrentUser user, Instrument instrument, String table) {
        return run(user, instrument, table, false);
    }

    /** Every change of the table, or none when any row has a problem. */
    public Outcome apply(CurrentUser user, Instrument instrument, String table) {
        return run(user, instrument, table, true);
    }

    private Outcome run(CurrentUser user, Instrument instrument, String table, boolean keep) {
        if (!user.isCoordinator()) {
            throw new ForbiddenException("Only coordinators record in the treaty register.");
        }
        List<Line> read = read(instrument, table);
        return transactions.execute(tx -> {
            List<Line> checked = new ArrayList<>();
            for (Line line : read) {
                checked.add(line.problem() != null ? line : recorded(user, line));
            }
            Outcome outcome = new Outcome(instrument, checked, false);
            if (!keep || !outcome.applicable()) {
                tx.setRollbackOnly();
                return outcome;
            }
            return new Outcome(instrument, checked, true);
        });
    }

    private Line recorded(CurrentUser user, Line line) {
        try {
            for (TreatyInputs.ActionInput change : line.changes()) {
                register.recordAction(user, line.iso3(), change, "import");
            }
            return line;
        } catch (InvalidInputException e) {
            return new Line(line.row(), line.participant(), line.iso3(), line.changes(), e.getMessage());
        }
    }

    private List<Line> read(Instrument instrument, String table) {
        if (table == null || table.isBlank()) {
            throw new InvalidInputException("file", "is empty");
        }
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new StringReader(table.strip()))) {
            rows = it.readAll();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "must be CSV with a header row: participant, signature, ratification");
        }
        List<Line> lines = new ArrayList<>();
        int n = 1;
        for (Map<String, String> row : rows) {
            lines.add(line(instrument, ++n, row));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "is empty");
        }
        return lines;
    }

    private Line line(Instrument instrument, int n, Map<String, String> row) {
        String participant = column(row, "participant");
        String signature = column(row, "signature");
        String consent = column(row, "ratification");
        if (participant == null) {
            return new Line(n, "", null, List.of(), "no participant (the first column must be \"Participant\")");
        }
        // UNTC names carry footnote numbers ("Paraguay 3") and long forms ("Bolivia (Plurinational State of)")
        String name = participant.replaceAll("[\\s\\d,]+$", "").strip();
        String iso3 = StateNames.find(name).or(() -> StateNames.find(name.replaceAll("\\s*\\(.*\\)$", ""))).orElse(null);
        if (iso3 == null) {
            return new Line(n, participant, null, List.of(), "no State of that name or code");
        }
        List<TreatyInputs.ActionInput> changes = new ArrayList<>();
        Participation current = register.participations().stream()
                .filter(p -> p.state().equals(iso3) && p.instrument() == instrument).findFirst()
                .orElse(Participation.none(iso3, instrument));
        try {
            if (signature != null && instrument == Instrument.ICRMW && !current.signed() && !current.status().isParty()) {
                changes.add(new TreatyInputs.ActionInput(instrument, TreatyAction.SIGNATURE, date(signature).date()));
            }
            if (consent != null && !current.status().isParty()) {
                Dated d = date(consent);
                changes.add(new TreatyInputs.ActionInput(instrument, d.accession() ? TreatyAction.ACCESSION : TreatyAction.RATIFICATION,
                        d.date()));
            }
        } catch (DateTimeParseException e) {
            return new Line(n, participant, iso3, List.of(), "a date that cannot be read: \"" + e.getParsedString() + "\"");
        }
        return new Line(n, participant, iso3, List.copyOf(changes), null);
    }

    private record Dated(LocalDate date, boolean accession) {
    }

    private static Dated date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new DateTimeParseException("not a date", text, 0);
        }
        String day = m.group(1).replace(".", "");
        LocalDate date;
        if (day.contains("-")) {
            date = LocalDate.parse(day);
        } else {
            try {
                date = LocalDate.parse(day, UN_DATE);
            } catch (DateTimeParseException e) {
                date = LocalDate.parse(day, UN_LONG_DATE);
            }
        }
        return new Dated(date, m.group(2) != null && m.group(2).equalsIgnoreCase("a"));
    }

    /** The first column whose header starts with the word, any case; null when empty. */
    private static String column(Map<String, String> row, String word) {
        return row.entrySet().stream().filter(e -> e.getKey().strip().toLowerCase(Locale.ROOT).startsWith(word))
                .map(Map.Entry::getValue).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }
}
