package org.advisorydesk.kernel;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On a graceful stop the engine's job executor stops, its running jobs finished, after the web
 * server has drained its calls and before any bean is destroyed: the connection pool then closes
 * under an engine that no longer works (before, a job acquisition could still run and log
 * {@code CannotCreateTransactionException}). Phase 0: after the web server's graceful shutdown
 * (which stops at a higher phase), before the context's beans are destroyed.
 */
@Component
class EngineStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EngineStop.class);

    private final ObjectProvider<ProcessEngine> engine;
    private volatile boolean running;

    EngineStop(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ProcessEngine processEngine = engine.getIfAvailable();
        if (processEngine == null) {
            return;
        }
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobExecutor != null && jobExecutor.isActive()) {
            log.info("Stopping the job executor before the datasource closes");
            jobExecutor.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
