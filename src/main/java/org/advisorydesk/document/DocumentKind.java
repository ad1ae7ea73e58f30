package org.advisorydesk.document;

/** What an attachment is to the request. */
public enum DocumentKind {
    EXISTING_LAW,
    DRAFT_LEGISLATION,
    DELIVERABLE,
    OTHER
}
