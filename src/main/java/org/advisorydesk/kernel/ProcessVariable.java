package org.advisorydesk.kernel;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable of a process's contract: its name, its type, and whether it lives on the
 * process (read by gateways, delegates and later tasks) or only on the task whose form set it (texts a
 * step submitted: each round keeps its own, and no later round inherits them). Delegates, listeners,
 * forms' code and tests use the contract instead of string literals.
 */
public record ProcessVariable<T>(String name, Class<T> type, Scope scope) {

    public enum Scope { PROCESS, TASK }

    public static <T> ProcessVariable<T> process(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Scope.PROCESS);
    }

    public static <T> ProcessVariable<T> task(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Scope.TASK);
    }

    /** The value seen from this scope (a task sees its process's), or null. */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        return value == null ? null : type.cast(value);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }
}
