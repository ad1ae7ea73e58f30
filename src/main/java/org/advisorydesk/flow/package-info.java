/**
 * The process glue: for each process, the beans its BPMN names ({@code ${requestStatus.enter(...)}},
 * {@code delegateExpression="${routingOverride}"}) as thin adapters that read the process's variables
 * through its typed contract and call the capabilities' public services. No domain rule lives here,
 * and nothing depends on this module except the BPMN, through the beans' names.
 *
 * <p>One subpackage per process: {@link org.advisorydesk.flow.assistance} for {@code assistance-request}
 * and its branch processes, {@link org.advisorydesk.flow.monitoring} for {@code treaty-monitoring}. The
 * variable contracts stay with the capabilities that start the processes
 * ({@link org.advisorydesk.request.AssistanceRequestVariables},
 * {@link org.advisorydesk.treaty.TreatyMonitoringVariables}): the request and task capabilities read
 * them too, and may not depend on this module. The starting and correlating of instances stays there
 * for the same reason ({@code request.RequestProcess}, {@code treaty.TreatyMonitoringProcess}), as does
 * the glue of every user task ({@code task.TaskLifecycle}).
 *
 * <p>Spring Modulith finds this module as a top-level package of its own: its subpackages are internal
 * to it, and {@code ModularityTest} checks that no capability uses it.
 */
package org.advisorydesk.flow;
