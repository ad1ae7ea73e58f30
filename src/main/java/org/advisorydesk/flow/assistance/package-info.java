/**
 * The glue of {@code assistance-request} and the six branch processes it calls (one per assistance
 * type): the request's status, its routing (the decision, a coordinator's override, the groups that
 * work on it), the notices to the government and on withdrawal, the release of deliverables, the four
 * eyes on every approval, and the deadlines the timers read. Variables through
 * {@link org.advisorydesk.request.AssistanceRequestVariables}.
 */
package org.advisorydesk.flow.assistance;
