package org.advisorydesk.treaty;

/** Whether a report to the supervisory body is a State's first one or one of the periodic ones after it. */
public enum ReportKind {
    INITIAL, PERIODIC
}
