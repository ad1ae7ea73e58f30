package org.advisorydesk.treaty;

import java.time.LocalDate;

import org.advisorydesk.request.Instrument;

/**
 * A State's standing with one instrument as the register keeps it. A date is null when the act is
 * not recorded, or recorded with its date unknown ({@code signed} or {@code consent} then tell).
 * {@code reportHistoryRecorded} is false for a party seeded without its report history (the 2003
 * status): its reports are "to verify" and nobody follows them up until a coordinator records them.
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
        LocalDate declarationArt76On,
        boolean declarationArt77,
        LocalDate declarationArt77On,
        String reservations,
        boolean reportHistoryRecorded) {

    public static Participation none(String state, Instrument instrument) {
        return new Participation(state, instrument, false, null, null, null, null, false, null, false, null, null, true);
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

    /** A party whose reports are followed: its report history is known. */
    public boolean monitored() {
        return status().isParty() && entryIntoForce != null && reportHistoryRecorded;
    }

    Participation withSignature(LocalDate on) {
        return new Participation(state, instrument, true, on, consent, consentOn, entryIntoForce, declarationArt76,
                declarationArt76On, declarationArt77, declarationArt77On, reservations, reportHistoryRecorded);
    }

    Participation withConsent(TreatyAction action, LocalDate on, LocalDate inForce) {
        return new Participation(state, instrument, signed, signedOn, action, on, inForce, declarationArt76,
                declarationArt76On, declarationArt77, declarationArt77On, reservations, reportHistoryRecorded);
    }

    Participation withDeclaration(int article, LocalDate on) {
        return article == 76
                ? new Participation(state, instrument, signed, signedOn, consent, consentOn, entryIntoForce, true, on,
                        declarationArt77, declarationArt77On, reservations, reportHistoryRecorded)
                : new Participation(state, instrument, signed, signedOn, consent, consentOn, entryIntoForce, declarationArt76,
                        declarationArt76On, true, on, reservations, reportHistoryRecorded);
    }

    Participation withReservation(String text) {
        String all = reservations == null || reservations.isBlank() ? text : reservations + "\n" + text;
        return new Participation(state, instrument, signed, signedOn, consent, consentOn, entryIntoForce, declarationArt76,
                declarationArt76On, declarationArt77, declarationArt77On, all, reportHistoryRecorded);
    }

    Participation withReportHistory(boolean recorded) {
        return new Participation(state, instrument, signed, signedOn, consent, consentOn, entryIntoForce, declarationArt76,
                declarationArt76On, declarationArt77, declarationArt77On, reservations, recorded);
    }
}
