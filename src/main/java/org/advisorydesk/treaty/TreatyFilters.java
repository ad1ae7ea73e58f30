package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.advisorydesk.request.Instrument;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;

/** The register pages' query parameters: absent means "all"; a bad one is a 400 naming it. */
final class TreatyFilters {

    private TreatyFilters() {
    }

    static Instrument instrument(String value) {
        return value == null || value.isBlank() ? null : choice("instrument", value, Instrument.class);
    }

    static TreatyStatus status(String value) {
        return value == null || value.isBlank() ? null : choice("status", value, TreatyStatus.class);
    }

    static String region(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RegisterListing.REGIONS.contains(value) ? value
                : fail("region", "must be one of " + String.join(", ", RegisterListing.REGIONS));
    }

    static String sort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RegisterListing.SORTS.contains(value) ? value : fail("sort", "must be one of " + String.join(", ", RegisterListing.SORTS));
    }

    static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return fail(field, "has the wrong format");
        }
    }

    static void ordered(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            fail("to", "is before from");
        }
    }

    /** The problems of a form by field, for the page to show each beside its field. */
    static Map<String, String> byField(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
        }
        return byField;
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fail(field, "must be one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static <T> T fail(String field, String message) {
        throw new InvalidInputException(field, message);
    }
}
