package org.advisorydesk.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The one place that tells a race from an error. Two users acting on one task or request at once make
 * the engine or the database refuse the later one (a version changed underneath, a task claimed or
 * completed meanwhile, a deadlock or serialization failure); that is a {@code 409} with what happened,
 * never a {@code 500}. Our services check what they can first; this catches what only the engine or
 * the database sees, on the API ({@link ProblemDetailsAdvice}) and on the pages ({@link PageErrorAdvice}).
 */
public final class RaceConflicts {

    /** PostgreSQL serialization failure and deadlock; H2 deadlock, lock timeout and concurrent update. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "HYT00", "90131");

    private RaceConflicts() {
    }

    public static ConflictException taskTaken() {
        return new ConflictException("conflict.taskTaken", "This task was claimed by someone else.");
    }

    public static ConflictException taskGone() {
        return new ConflictException("conflict.taskGone", "This task was completed by someone else, or its work ended.");
    }

    public static ConflictException changedMeanwhile() {
        return new ConflictException("conflict.changedMeanwhile",
                "Someone else changed this at the same moment; nothing of yours was saved. Reload and try again.");
    }

    public static ConflictException requestWithdrawn() {
        return new ConflictException("conflict.requestWithdrawn", "The request was withdrawn.");
    }

    public static ConflictException requestFinished(String status) {
        return new ConflictException("conflict.requestFinished", "The request is already " + status + ".");
    }

    /** The conflict that {@code failure} stands for, when it is a race; empty when it is a real error. */
    public static Optional<ConflictException> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictException conflict) {
                return Optional.of(conflict);
            }
            if (cause instanceof TaskAlreadyClaimedException) {
                return Optional.of(taskTaken());
            }
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
                return Optional.of(changedMeanwhile());
            }
            // our services found the task before calling the engine: one the engine cannot find now went meanwhile
            if (cause instanceof NullValueException || cause instanceof org.camunda.bpm.engine.exception.NotFoundException) {
                return Optional.of(taskGone());
            }
            if (cause instanceof ProcessEngineException engine && engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode()) {
                return Optional.of(changedMeanwhile());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState())) {
                return Optional.of(changedMeanwhile());
            }
        }
        return Optional.empty();
    }
}
