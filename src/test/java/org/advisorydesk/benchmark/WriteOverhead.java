package org.advisorydesk.benchmark;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.task.ReadModelWrites;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 16's write overhead: requests submitted, then each one's screening claimed and completed through
 * the engine, with the read model's listener writes on and off in turn from one request to the next (on,
 * off, off, on, …: a drift of the machine weighs on both alike), a request's submission and completion
 * in the same way. Each operation is timed by the clock and by this thread's CPU time (the engine runs
 * every step of this work in the caller's thread: no asynchronous continuation in the models); other
 * programs on a shared machine lengthen the clock's times a lot and the CPU's a little. The overhead is
 * the median operation with writes against the median without, over all operations and, to show how
 * steady it is, in each of {@link #CHUNKS} consecutive chunks. The model is rebuilt from the engine once,
 * after all of them.
 */
final class WriteOverhead {

    private static final int ROUNDS = 640;
    private static final int CHUNKS = 8;
    private static final int WARM_ROUNDS = 60;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One request's nanoseconds, by the clock and on this thread's CPU, of its submission and its completion. */
    private record Round(boolean writing, long submitWall, long submitCpu, long completeWall, long completeCpu) {
    }

    /** A moment by the clock and by this thread's CPU. */
    private record Moment(long wall, long cpu) {

        static Moment now() {
            return new Moment(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }
    }

    private final RequestService requests;
    private final TaskService taskService;
    private final ConfigurableApplicationContext desk;

    WriteOverhead(ConfigurableApplicationContext desk) {
        this.desk = desk;
        this.requests = desk.getBean(RequestService.class);
        this.taskService = desk.getBean(TaskService.class);
    }

    /** The measure, as a Markdown section. */
    String measure() {
        List<Round> rounds = new ArrayList<>();
        try {
            for (int i = 0; i < WARM_ROUNDS; i++) {
                round(i % 2 == 0);
            }
            System.gc();
            for (int i = 0; i < ROUNDS; i++) {
                rounds.add(round((i + 1) / 2 % 2 == 0));
            }
        } finally {
            // the requests without writes left the model out of step: rebuilt once, after all of them
            ReadModelWrites.onAndRebuilt(desk);
        }
        return """
                Write overhead, measured at the first volume: %d requests, the read model's writes on and off in
                turn (on, off, off, on, …), each submitted and its screening completed. *Slower by* is the
                throughput lost, 1 − (median operation without ÷ median operation with), over all operations, then
                in each of %d consecutive chunks of %d (their middle half, and lowest … highest). CPU is this
                thread's CPU time (the engine's whole command runs in it); the clock is what a user waits,
                lengthened by whatever else the machine runs.

                | work | measured by | slower by (all) | chunks: middle half | chunks: lowest … highest | median ms with / without |
                |---|---|---|---|---|---|
                %s
                %s
                %s
                %s
                """.formatted(ROUNDS, CHUNKS, ROUNDS / CHUNKS,
                row(rounds, "submission (`RequestService.submit`: row, process, Screen request task)", "CPU", Round::submitCpu),
                row(rounds, "submission", "clock", Round::submitWall),
                row(rounds, "claim and complete Screen request (next task created)", "CPU", Round::completeCpu),
                row(rounds, "claim and complete", "clock", Round::completeWall));
    }

    private static String row(List<Round> rounds, String work, String measuredBy, ToLongFunction<Round> nanos) {
        double[] chunks = new double[CHUNKS];
        int size = rounds.size() / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            chunks[c] = slower(rounds.subList(c * size, (c + 1) * size), nanos);
        }
        Arrays.sort(chunks);
        return "| %s | %s | %.1f %% | %.1f … %.1f %% | %.1f … %.1f %% | %.2f / %.2f |".formatted(work, measuredBy,
                slower(rounds, nanos), quantile(chunks, 0.25), quantile(chunks, 0.75), chunks[0], chunks[CHUNKS - 1],
                median(rounds, true, nanos) / 1e6, median(rounds, false, nanos) / 1e6);
    }

    private static double slower(List<Round> rounds, ToLongFunction<Round> nanos) {
        return 100 * (1 - median(rounds, false, nanos) / median(rounds, true, nanos));
    }

    private static double median(List<Round> rounds, boolean writing, ToLongFunction<Round> nanos) {
        double[] sorted = rounds.stream().filter(r -> r.writing() == writing).mapToDouble(r -> nanos.applyAsLong(r)).sorted().toArray();
        return quantile(sorted, 0.5);
    }

    /** The value at {@code q} of sorted values, interpolated between the two nearest. */
    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** One request submitted and its screening completed, the read model's writes on or off for both. */
    private Round round(boolean writing) {
        if (writing) {
            ReadModelWrites.on(desk);
        } else {
            ReadModelWrites.off(desk);
        }
        Moment start = Moment.now();
        AssistanceRequest request = requests.submit(RequestScenario.PARAGUAY,
                aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW").build());
        Moment submitted = Moment.now();
        String screening = taskService.createTaskQuery().processInstanceBusinessKey(request.reference())
                .taskDefinitionKey("screen-request").singleResult().getId();
        Moment found = Moment.now();
        taskService.claim(screening, "coordinator");
        taskService.setVariablesLocal(screening, Map.of("screeningOutcome", "COMPLETE"));
        taskService.complete(screening);
        Moment completed = Moment.now();
        return new Round(writing, submitted.wall() - start.wall(), submitted.cpu() - start.cpu(),
                completed.wall() - found.wall(), completed.cpu() - found.cpu());
    }
}
