/**
 * The managers' dashboards: the desk at a glance, where work waits, how long it takes, with the lists
 * behind every figure, CSV exports, threshold alerts and a weekly digest. Figures are computed from the
 * product's own indexed tables (requests with the intervals kept on their row, {@code task_interval}
 * kept by the task lifecycle), never by scanning the engine's history on a view.
 */
package org.advisorydesk.dashboard;
