package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.advisorydesk.request.Instrument;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;

/**
 * The register's page forms read into the same inputs as the API's bodies, each bad field named as the
 * API names it; the register then applies the same rules to both.
 */
final class TreatyForms {

    /** The forms of a State's page, by the name in their URL. */
    static final List<String> NAMES = List.of("action", "declaration", "reservation", "report", "observations",
            "correction", "verification");

    private final Map<String, String> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    private TreatyForms(Map<String, String> values) {
        this.values = values;
    }

    /** Records the form's input with the register, or throws naming every bad field. */
    static StateView apply(TreatyRegister register, org.advisorydesk.identity.CurrentUser user, String iso3, String form,
            Map<String, String> values) {
        TreatyForms f = new TreatyForms(values);
        return switch (form) {
            case "action" -> {
                var input = new TreatyInputs.ActionInput(f.instrument(), f.choice("action", TreatyAction.class), f.date("date"));
                f.check();
                yield register.recordAction(user, iso3, input, "page");
            }
            case "declaration" -> {
                String article = f.text("article", 2);
                boolean known = "76".equals(article) || "77".equals(article);
                if (article != null && !known) {
                    f.problems.add(new FieldProblem("article", "must be one of 76, 77"));
                }
                var input = new TreatyInputs.DeclarationInput(known ? Integer.valueOf(article) : null, f.date("date"));
                f.check();
                yield register.recordDeclaration(user, iso3, input);
            }
            case "reservation" -> {
                var input = new TreatyInputs.ReservationInput(f.date("date"), f.text("text", 2000));
                f.check();
                yield register.recordReservation(user, iso3, input);
            }
            case "report" -> {
                var input = new TreatyInputs.ReportInput(f.instrument(), f.date("submittedOn"));
                f.check();
                yield register.recordReport(user, iso3, input);
            }
            case "observations" -> {
                var input = new TreatyInputs.ObservationsInput(f.instrument(), f.date("adoptedOn"), f.text("text", 20000));
                f.check();
                register.recordObservations(user, iso3, input);
                yield null;
            }
            case "correction" -> {
                var input = new TreatyInputs.CorrectionInput(f.instrument(), f.date("due"), f.text("reason", 2000));
                f.check();
                yield register.correctNextDue(user, iso3, input);
            }
            case "verification" -> {
                Instrument instrument = f.instrument();
                f.check();
                yield register.verifyReportHistory(user, iso3, instrument);
            }
            default -> throw new org.advisorydesk.web.NotFoundException("No form " + form);
        };
    }

    private Instrument instrument() {
        return choice("instrument", Instrument.class);
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = required(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    private LocalDate date(String field) {
        String value = required(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "has the wrong format"));
            return null;
        }
    }

    private String text(String field, int max) {
        String value = required(field);
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
        return value;
    }

    private String required(String field) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        return value.strip();
    }

    private void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
