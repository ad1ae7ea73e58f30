package org.advisorydesk;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The file database keeps requests, tasks and users across a restart, without new definition versions. */
class RestartTest {

    @TempDir Path data;

    @Test
    void whatWasStoredSurvivesARestartWithoutDuplicateDefinitions() {
        CurrentUser paraguay = new CurrentUser("gov.paraguay", Set.of("gov-pry"));
        String reference;
        long definitions;
        try (ConfigurableApplicationContext first = start()) {
            reference = first.getBean(RequestService.class).submit(paraguay, aRequest().build()).reference();
            definitions = definitionCount(first);
            assertThat(definitions).isGreaterThanOrEqualTo(7);
        }

        try (ConfigurableApplicationContext second = start()) {
            AssistanceRequest request = second.getBean(RequestService.class).get(paraguay, reference);
            assertThat(request.status()).isEqualTo(RequestStatus.IN_SCREENING);
            assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(reference)
                    .taskDefinitionKey("screen-request").count()).isEqualTo(1);
            assertThat(definitionCount(second)).isEqualTo(definitions);
            assertThat(second.getBean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionVersion(2).count())
                    .isZero();
            RepositoryService repository = second.getBean(RepositoryService.class);
            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("assistance-routing").count()).isEqualTo(1);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
            assertThat(second.getBean(IdentityService.class).createUserQuery().userId("gov.paraguay").count()).isEqualTo(1);
        }
    }

    private long definitionCount(ConfigurableApplicationContext context) {
        return context.getBean(RepositoryService.class).createProcessDefinitionQuery().count();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AdvisoryDeskApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("advisory-desk").toAbsolutePath(),
                "--server.port=0",
                "--camunda.bpm.process-engine-name=restartTest",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
