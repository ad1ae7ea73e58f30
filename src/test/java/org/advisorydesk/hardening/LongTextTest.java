package org.advisorydesk.hardening;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A text as long as its form allows is kept whole, although the engine stores a string variable in
 * 4,000 characters: the completion of a task with 10,000 characters failed with a {@code 500}.
 */
@DeskTest
class LongTextTest {

    @Autowired RequestScenario scenario;
    @Autowired HistoryService historyService;

    @Test
    void aPlanOfTenThousandCharactersIsStoredWholeAndReadBackAsText() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("REPORTING_SUPPORT"));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        String plan = "Plan de travail — çalışma izni şartları. ".repeat(250).substring(0, 9_999) + "Ω";

        scenario.complete(RequestScenario.ILO, request, "plan-assistance", Map.of("assistancePlan", plan));

        HistoricVariableInstance stored = historyService.createHistoricVariableInstanceQuery()
                .variableName("assistancePlan").processInstanceId(scenario.branchOf(request,
                        org.advisorydesk.request.AssistanceType.REPORTING_SUPPORT).getId())
                .singleResult();
        assertThat(stored.getValue()).isEqualTo(plan);
        assertThat(scenario.tasks(RequestScenario.ILO, request, "plan-assistance",
                org.advisorydesk.request.AssistanceType.REPORTING_SUPPORT)).isEmpty();
    }
}
