package org.advisorydesk.request;

/** What a government may ask the agencies for (domain README, "Assistance types"). */
public enum AssistanceType {
    LEGISLATIVE_REVIEW,
    DRAFT_LEGISLATION_REVIEW,
    ADMINISTRATIVE_GUIDANCE,
    CAPACITY_BUILDING,
    REPORTING_SUPPORT,
    DATA_AND_RESEARCH
}
