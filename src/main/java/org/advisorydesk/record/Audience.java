package org.advisorydesk.record;

/** Who reads an entry of a case's record, besides the staff who may see the case (they read all). */
public enum Audience {
    /** The requesting government too. */
    GOVERNMENT,
    /** The agencies' staff only: their internal work. */
    STAFF
}
