package org.advisorydesk.request;

import org.advisorydesk.DeskTest;
import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.advisorydesk.identity.CurrentUser;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A request's row and its process instance commit together or not at all. */
@DeskTest
class SubmissionAtomicityTest {

    @Autowired RequestService requests;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void activateAgain() {
        repositoryService.activateProcessDefinitionByKey(AssistanceRequestVariables.PROCESS_KEY);
    }

    @Test
    void whenTheProcessCannotStartNoRequestIsStored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single();
        // a suspended definition makes the engine refuse to start an instance, after the row was inserted
        repositoryService.suspendProcessDefinitionByKey(AssistanceRequestVariables.PROCESS_KEY);

        assertThatThrownBy(() -> requests.submit(new CurrentUser("gov.paraguay", Set.of("gov-pry")), aRequest().build()))
                .hasMessageContaining("suspended");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_entry").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM case_entry e JOIN assistance_request a ON a.reference = e.case_key")
                        .query(Long.class).single() + jdbc.sql("SELECT COUNT(*) FROM case_entry WHERE case_key NOT LIKE 'TA-%'")
                        .query(Long.class).single());
    }

    @Test
    void aSubmittedRequestHasExactlyOneProcessInstance() {
        AssistanceRequest request = requests.submit(new CurrentUser("gov.paraguay", Set.of("gov-pry")), aRequest().build());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(request.reference()).count())
                .isEqualTo(1);
    }
}
