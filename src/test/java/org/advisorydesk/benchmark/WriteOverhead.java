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
 * Issue 16's write overhead: submissions, then each one's screening claimed and completed through the
 * engine, in short blocks with the read model's listener writes on and off in turn (on, off, off, on,
 * …). Each block is timed by the clock and by this thread's CPU time (the engine runs every step of
 * this work in the caller's thread: no asynchronous continuation in the models), and each pair of
 * neighbouring blocks, one on and one off, gives one ratio: a burst of the other work on a shared
 * machine weighs on one pair, not on the median of them all. The model is rebuilt from the engine
 * once, after all blocks.
 */
final class WriteOverhead {

    private static final int BLOCKS = 32;
    private static final int ROUNDS = 20;
    private static final int WARM_ROUNDS = 30;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One block's nanoseconds, by the clock and on this thread's CPU, of its submissions and its completions. */
    private record Block(boolean writing, long submitWall, long submitCpu, long completeWall, long completeCpu) {
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
        List<Block> blocks = new ArrayList<>();
        try {
            // warm-up of both ways, not counted
            ReadModelWrites.off(desk);
            work(false, WARM_ROUNDS);
            ReadModelWrites.on(desk);
            work(true, WARM_ROUNDS);
            for (int block = 0; block < BLOCKS; block++) {
                // on, off, off, on, on, off, off, on: a drift of the machine weighs on both alike
                boolean writing = (block + 1) / 2 % 2 == 0;
                if (writing) {
                    ReadModelWrites.on(desk);
                } else {
                    ReadModelWrites.off(desk);
                }
                System.gc();
                blocks.add(work(writing, ROUNDS));
            }
        } finally {
            // the blocks without writes left the model out of step: rebuilt once, after all of them
            ReadModelWrites.onAndRebuilt(desk);
        }
        return """
                Write overhead, measured at the first volume: %d blocks of %d rounds, on and off in turn (ABBA); each pair \
                of neighbouring blocks gives one ratio of the time with the read model's writes to the time without. \
                *Slower by* is the throughput lost, 1 − (time without ÷ time with): the median of the %d pairs, their \
                middle half (25th–75th percentile) in brackets, then the lowest and highest pair, and the totals of \
                all blocks. CPU is this thread's CPU time (the engine's whole command runs in it), which other \
                programs on the machine do not lengthen; the clock is what a user waits.

                | work | measured by | slower by: median of pairs (middle half) | lowest … highest pair | totals: with / without, per s |
                |---|---|---|---|---|
                %s
                %s
                %s
                %s
                """.formatted(BLOCKS, ROUNDS, BLOCKS / 2,
                row(blocks, "submission (`RequestService.submit`: row, process, Screen request task)", "CPU", Block::submitCpu),
                row(blocks, "submission", "clock", Block::submitWall),
                row(blocks, "claim and complete Screen request (next task created)", "CPU", Block::completeCpu),
                row(blocks, "claim and complete", "clock", Block::completeWall));
    }

    private static String row(List<Block> blocks, String work, String measuredBy, ToLongFunction<Block> nanos) {
        double[] slower = new double[blocks.size() / 2];
        long[] totals = new long[2];
        for (int pair = 0; pair < slower.length; pair++) {
            Block a = blocks.get(2 * pair);
            Block b = blocks.get(2 * pair + 1);
            Block with = a.writing() ? a : b;
            Block without = a.writing() ? b : a;
            slower[pair] = 100 * (1 - (double) nanos.applyAsLong(without) / nanos.applyAsLong(with));
        }
        for (Block block : blocks) {
            totals[block.writing() ? 0 : 1] += nanos.applyAsLong(block);
        }
        Arrays.sort(slower);
        double perBlock = BLOCKS / 2.0 * ROUNDS;
        return "| %s | %s | %.1f %% (%.1f … %.1f %%) | %.1f … %.1f %% | %.1f / %.1f |".formatted(work, measuredBy,
                quantile(slower, 0.5), quantile(slower, 0.25), quantile(slower, 0.75), slower[0], slower[slower.length - 1],
                perBlock / (totals[0] / 1e9), perBlock / (totals[1] / 1e9));
    }

    /** The value at {@code q} of sorted values, interpolated between the two nearest. */
    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private Block work(boolean writing, int rounds) {
        List<AssistanceRequest> made = new ArrayList<>();
        Moment start = Moment.now();
        for (int i = 0; i < rounds; i++) {
            made.add(requests.submit(RequestScenario.PARAGUAY, aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW").build()));
        }
        Moment submitted = Moment.now();
        List<String> screenings = new ArrayList<>();
        for (AssistanceRequest request : made) {
            screenings.add(taskService.createTaskQuery().processInstanceBusinessKey(request.reference())
                    .taskDefinitionKey("screen-request").singleResult().getId());
        }
        Moment found = Moment.now();
        for (String id : screenings) {
            taskService.claim(id, "coordinator");
            taskService.setVariablesLocal(id, Map.of("screeningOutcome", "COMPLETE"));
            taskService.complete(id);
        }
        Moment completed = Moment.now();
        return new Block(writing, submitted.wall() - start.wall(), submitted.cpu() - start.cpu(),
                completed.wall() - found.wall(), completed.cpu() - found.cpu());
    }
}
