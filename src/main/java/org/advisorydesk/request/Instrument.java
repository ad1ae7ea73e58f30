package org.advisorydesk.request;

/**
 * The instruments the campaign covers, in the order that decides the lead agency when a request names
 * several (domain README: ICRMW, then ILO_C97, then ILO_C143).
 */
public enum Instrument {
    ICRMW, ILO_C97, ILO_C143
}
