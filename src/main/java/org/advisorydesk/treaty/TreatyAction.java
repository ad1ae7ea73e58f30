package org.advisorydesk.treaty;

/** What a State does with an instrument: sign it, then ratify it; or accede to it without signing. */
public enum TreatyAction {
    SIGNATURE, RATIFICATION, ACCESSION
}
