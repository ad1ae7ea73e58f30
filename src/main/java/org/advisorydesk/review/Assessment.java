package org.advisorydesk.review;

/** How far national law meets a provision of the Convention. */
public enum Assessment {
    COMPATIBLE, PARTLY_COMPATIBLE, NOT_COMPATIBLE, NOT_ASSESSED
}
