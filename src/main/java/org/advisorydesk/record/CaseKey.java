package org.advisorydesk.record;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a business key names: a request for assistance ({@code TA-2026-00042}) or the treaty
 * monitoring of one State and instrument ({@code PRY-ICRMW}). Every process instance, task, comment,
 * notification and overdue notice belongs to one of them; this is the one place that tells them apart.
 */
public sealed interface CaseKey permits CaseKey.RequestCase, CaseKey.MonitoringCase {

    Pattern REQUEST = Pattern.compile("TA-\\d{4}-\\d{5,}");
    Pattern MONITORING = Pattern.compile("([A-Z]{3})-([A-Z][A-Z0-9_]+)");

    /** The business key itself, as the engine and the record store it. */
    String key();

    static Optional<CaseKey> parse(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        if (REQUEST.matcher(businessKey).matches()) {
            return Optional.of(new RequestCase(businessKey));
        }
        Matcher m = MONITORING.matcher(businessKey);
        return m.matches() ? Optional.of(new MonitoringCase(m.group(1), m.group(2))) : Optional.empty();
    }

    static RequestCase request(String reference) {
        return new RequestCase(reference);
    }

    /** A request for technical assistance, by its reference. */
    record RequestCase(String reference) implements CaseKey {
        public RequestCase {
            if (reference == null || !REQUEST.matcher(reference).matches()) {
                throw new IllegalArgumentException("Not a request reference: " + reference);
            }
        }

        @Override
        public String key() {
            return reference;
        }
    }

    /** The monitoring of one State's obligations under one instrument (code as {@code Instrument} names it). */
    record MonitoringCase(String stateCode, String instrument) implements CaseKey {
        public MonitoringCase {
            if (!MONITORING.matcher(stateCode + "-" + instrument).matches()) {
                throw new IllegalArgumentException("Not a monitoring case: " + stateCode + "-" + instrument);
            }
        }

        @Override
        public String key() {
            return stateCode + "-" + instrument;
        }
    }
}
