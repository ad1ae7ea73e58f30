package org.advisorydesk.web;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.Groups;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The desk's own words for its codes, in the reader's language, from the glossary of each bundle
 * ({@code glossary.*} in {@code messages*.properties}): the agencies as each language abbreviates them
 * (ILO is OIT in French and Spanish, OHCHR is HCDH in French and ACNUDH in Spanish), the staff groups
 * and sides a task or a figure belongs to, the instruments' short names, and a label followed by its
 * value with the language's punctuation (French puts a non-breaking space before the colon). Pages call
 * {@code ${@terms.agency(code)}}, {@code agencies(list)}, {@code group(id)}, {@code instrument(code)} and
 * {@code labelled(label, value)}; Java code building a text calls the same.
 */
@Component("terms")
public class Terms {

    /** English, French and Spanish all list with a comma and a space. */
    private static final String LIST_SEPARATOR = ", ";

    private final MessageSource messages;

    public Terms(MessageSource messages) {
        this.messages = messages;
    }

    /** An agency's abbreviation ({@code ILO} → "OIT" in French); an unknown code as it is. */
    public String agency(Object code) {
        return agency(code, LocaleContextHolder.getLocale());
    }

    /** An agency's abbreviation in a given language (a document written in the reader's language). */
    public String agency(Object code, Locale language) {
        if (code == null) {
            return "";
        }
        return messages.getMessage("glossary.agency." + code, null, String.valueOf(code), language);
    }

    /** Several agencies, in their order, joined as the language lists them. */
    public String agencies(Collection<?> codes) {
        return agencies(codes, LocaleContextHolder.getLocale());
    }

    /** Several agencies in a given language. */
    public String agencies(Collection<?> codes, Locale language) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(c -> agency(c, language)).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** An agency's full name ("Organisation internationale du Travail"), for titles and tooltips. */
    public String agencyName(Object code) {
        return code == null ? "" : text("glossary.agency." + code + ".name", agency(code));
    }

    /**
     * Who a piece of work belongs to, as a group id or a side: an agency ({@code ILO} or its group
     * {@code ilo}), the coordinators, the managers, the administrators, the government, the desk.
     */
    public String group(String id) {
        if (id == null) {
            return "";
        }
        for (Agency agency : Agency.values()) {
            if (agency.name().equals(id) || agency.groupId().equals(id)) {
                return agency(agency.name());
            }
        }
        String side = switch (id) {
            case Groups.COORDINATORS -> "COORDINATORS";
            case Groups.MANAGERS -> "MANAGERS";
            case Groups.ADMINISTRATORS -> "ADMINISTRATORS";
            default -> id.toUpperCase(Locale.ROOT);
        };
        return text("record.side." + side, id);
    }

    /** Several groups joined as the language lists them. */
    public String groups(Collection<?> ids) {
        if (ids == null) {
            return "";
        }
        return ids.stream().map(String::valueOf).map(this::group).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** An instrument's short name (ICRMW, C97, C143; CIPDTM in French); an unknown code as it is. */
    public String instrument(Object code) {
        if (code == null) {
            return "";
        }
        return text("treaty.short." + code, String.valueOf(code));
    }

    /** An instrument's full name, e.g. for an abbreviation's title. */
    public String instrumentName(Object code) {
        return code == null ? "" : text("portal.instrument." + code, instrument(code));
    }

    /** Several instruments' short names joined as the language lists them. */
    public String instruments(Collection<?> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(this::instrument).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** "Label: value", with the language's spacing before the colon. */
    public String labelled(Object label, Object value) {
        return messages.getMessage("glossary.labelled", new Object[] {label, value}, label + ": " + value,
                LocaleContextHolder.getLocale());
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
