/**
 * The glue of {@code treaty-monitoring}: the report the process waits for, whether it arrived, the
 * follow-up interval, and the reporting-support request an accepted offer opens. Variables through
 * {@link org.advisorydesk.treaty.TreatyMonitoringVariables}.
 */
package org.advisorydesk.flow.monitoring;
