package org.advisorydesk.flow.assistance;

import java.util.Locale;

import org.advisorydesk.request.AssistanceType;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN as {@code ${assistanceProcesses.keyOf(assistanceType)}}: each assistance type is
 * worked in a process of its own, named like the type ({@code LEGISLATIVE_REVIEW} → {@code legislative-review}).
 */
@Component("assistanceProcesses")
public class AssistanceProcesses {

    public String keyOf(String assistanceType) {
        return keyOf(AssistanceType.valueOf(assistanceType));
    }

    public static String keyOf(AssistanceType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
