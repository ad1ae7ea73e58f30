package org.advisorydesk.treaty;

/** Where a State stands with an instrument. */
public enum TreatyStatus {
    NONE, SIGNED, RATIFIED, ACCEDED;

    public boolean isParty() {
        return this == RATIFIED || this == ACCEDED;
    }
}
