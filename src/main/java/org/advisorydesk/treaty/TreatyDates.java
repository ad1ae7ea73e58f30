package org.advisorydesk.treaty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Days as the register's pages show them, in the reader's language ("23 September 2008", "23 septembre
 * 2008", "23 de septiembre de 2008"): {@code ${@treatyDates.known(d)}} says "date unknown" for an act
 * recorded without its date, {@code ${@treatyDates.of(d)}} a dash for none, {@code ${@treatyDates.ofApi(s)}}
 * the same from the API's text.
 */
@Component("treatyDates")
public class TreatyDates {

    private final MessageSource messages;

    TreatyDates(MessageSource messages) {
        this.messages = messages;
    }

    public String of(LocalDate day) {
        return day == null ? "–" : format(day);
    }

    public String known(LocalDate day) {
        return day == null ? messages.getMessage("treaty.date.unknown", null, "date unknown", LocaleContextHolder.getLocale())
                : format(day);
    }

    /** A date as the API writes it in a {@link StateView} ("2008-09-23", "unknown", or absent). */
    public String ofApi(String value) {
        if (value == null) {
            return "–";
        }
        return TreatyRegister.UNKNOWN_DATE.equals(value) ? known(null) : format(LocalDate.parse(value));
    }

    private static String format(LocalDate day) {
        Locale locale = LocaleContextHolder.getLocale();
        String pattern = "es".equals(locale.getLanguage()) ? "d 'de' MMMM 'de' uuuu" : "d MMMM uuuu";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }
}
