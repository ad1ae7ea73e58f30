package org.advisorydesk.treaty;

import java.util.LinkedHashMap;
import java.util.Map;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.Instrument;
import org.springframework.stereotype.Component;

/** Every act the register records is an entry of the State's monitoring case (its audience decided by the record). */
@Component
class TreatyRecord {

    private final CaseRecord caseRecord;

    TreatyRecord(CaseRecord caseRecord) {
        this.caseRecord = caseRecord;
    }

    void append(CurrentUser user, String state, Instrument instrument, EntryKind kind, Map<String, ?> details) {
        caseRecord.append(key(state, instrument), kind, user, payload(instrument, details));
    }

    /** An entry of the product's own: the 2003 seed. */
    void appendBySystem(String state, Instrument instrument, EntryKind kind, Map<String, ?> details) {
        caseRecord.append(key(state, instrument), kind, null, ActorSide.SYSTEM, payload(instrument, details));
    }

    private static CaseKey key(String state, Instrument instrument) {
        return new CaseKey.MonitoringCase(state, instrument.name());
    }

    private static Map<String, Object> payload(Instrument instrument, Map<String, ?> details) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("instrument", instrument.name());
        details.forEach((k, v) -> payload.put(k, v == null ? null : v.toString()));
        return payload;
    }
}
