package org.advisorydesk.treaty;

import java.time.LocalDate;

import org.advisorydesk.request.Instrument;

/**
 * A State's standing with one instrument as the register keeps it. A date is null when the act is
 * not recorded, or recorded with its date unknown ({@code signed} or {@code consent} then tell).
 */
public record Participation(
        String state,
        Instrument instrument,
        boolean signed,
        LocalDate signedOn,
        TreatyAction consent,
        LocalDate consentOn,
        LocalDate entryIntoForce,
        boolean declarationArt76,
        boolean declarationArt77,
        String reservations) {

    public static Participation none(String state, Instrument instrument) {
        return new Participation(state, instrument, false, null, null, null, null, false, false, null);
    }

    public TreatyStatus status() {
        if (consent == TreatyAction.RATIFICATION) {
            return TreatyStatus.RATIFIED;
        }
        if (consent == TreatyAction.ACCESSION) {
            return TreatyStatus.ACCEDED;
        }
        return signed ? TreatyStatus.SIGNED : TreatyStatus.NONE;
    }

    Participation withSignature(LocalDate on) {
        return new Participation(state, instrument, true, on, consent, consentOn, entryIntoForce, declarationArt76,
                declarationArt77, reservations);
    }

    Participation withConsent(TreatyAction action, LocalDate on, LocalDate inForce) {
        return new Participation(state, instrument, signed, signedOn, action, on, inForce, declarationArt76,
                declarationArt77, reservations);
    }
}
