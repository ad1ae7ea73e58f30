package org.advisorydesk.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The dashboard's facts of some days, by period and combination of filters. The facts:
 * <ul>
 * <li>{@code S}: requests submitted ({@code n});</li>
 * <li>{@code D}: requests first delivered ({@code n}), their cycle time ({@code h1});</li>
 * <li>{@code F:STATUS}: requests finished in the status ({@code n}), their time with the agencies
 * ({@code h1}) and with the government ({@code h2}), those without a question to the government ({@code n2});</li>
 * <li>{@code T:process|task}: tasks of the kind completed ({@code n}), the staff's with a due date
 * ({@code n2}) and done by it ({@code n3}), the wait before the claim ({@code h1}), the time from the claim to
 * completion ({@code h2}) and the time open ({@code h3}), the task's name as label;</li>
 * <li>{@code A:AGENCY}: deliverables of the agency the managers reviewed ({@code n}) and sent back ({@code n2}).</li>
 * </ul>
 * Every instrument, assistance type and agency is {@code *}.
 */
final class Facts {

    static final String ALL = "*";
    static final String SUBMITTED = "S";
    static final String DELIVERED = "D";
    static final String FINISHED = "F:";
    static final String TASK = "T:";
    static final String APPROVALS = "A:";

    /** One fact of one period for one combination of filters. */
    record Key(LocalDate period, String instrument, String assistanceType, String agency, String fact) {
    }

    private final Map<Key, FactSums> sums = new HashMap<>();

    FactSums at(Key key) {
        return sums.computeIfAbsent(key, k -> new FactSums());
    }

    void add(Key key, FactSums more) {
        at(key).addAll(more);
    }

    /** Takes away what was added for these days (a month's row less the days a period leaves out). */
    void subtract(Key key, FactSums less) {
        at(key).subtract(less);
    }

    /** Forgets the facts a subtraction left at nothing, as if they had never been added. */
    void dropEmpty() {
        sums.values().removeIf(FactSums::isEmpty);
    }

    void forEach(BiConsumer<Key, FactSums> action) {
        sums.forEach(action);
    }

    static String task(String processKey, String taskKey) {
        return TASK + processKey + "|" + taskKey;
    }
}
