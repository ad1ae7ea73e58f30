package org.advisorydesk.benchmark;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advisorydesk.AdvisoryDeskApplication;
import org.advisorydesk.PageSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: the staff task list beside the engine's own REST calls that give the same information, in
 * one run on the same data, at 10,000 and then 40,000 open tasks made by the real engine, on in-memory
 * H2 with its repeated-query result cache off ({@code OPTIMIZE_REUSE_RESULTS=FALSE}: an identical query
 * asked again is computed again, as it is for users who each ask their own). Each product page is
 * asked as {@code ilo.officer} (the portal's home as {@code gov.paraguay}); its engine REST equivalent
 * as {@code admin} with HTTP Basic: the list ({@code /engine-rest/task} with {@code candidateGroup},
 * {@code sortBy}, {@code maxResults}), its count ({@code /task/count}) and the variables of the listed
 * tasks' processes ({@code /variable-instance?processInstanceIdIn=}), timed together as one answer.
 * Then the write overhead: the same submissions, claims and completions with the read model's
 * listeners writing and without. Reported, not asserted, in {@code target/benchmark/tasklist.md}.
 * Run alone: {@code ./mvnw verify -Pbenchmark -Dtest=TaskListBenchmark}.
 */
@Tag("benchmark")
class TaskListBenchmark {

    /** The volumes of open tasks, {@code -Dtasklist.volumes=10000} for a quicker (profiling) run of one. */
    private static final int[] VOLUMES = java.util.Arrays.stream(System.getProperty("tasklist.volumes", "10000,40000").split(","))
            .mapToInt(v -> Integer.parseInt(v.trim())).toArray();
    /** Of each volume, the share submitted (waiting at Screen request), as in the page benchmark. */
    private static final double SUBMITTED_SHARE = 0.25;
    private static final int WARM_ROUNDS = 40;
    /** The engine of the benchmark's own context, by name: the engine REST's paths name it (no "default" engine here). */
    private static final String ENGINE = "tasklistbench";
    private static final String ENGINE_REST = "/engine-rest/engine/" + ENGINE;
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Pair(String view, PageFigure product, PageFigure engine) {
    }

    @Test
    void theTaskListBesideTheEnginesRestAtTwoVolumes() throws Exception {
        try (ConfigurableApplicationContext desk = new SpringApplicationBuilder(AdvisoryDeskApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:tasklist-bench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
                "--server.port=0", "--camunda.bpm.process-engine-name=" + ENGINE)) {
            int port = ((WebServerApplicationContext) desk).getWebServer().getPort();
            OpenWorkSeed seed = desk.getBean(OpenWorkSeed.class);
            TaskService taskService = desk.getBean(TaskService.class);
            JdbcTemplate jdbc = desk.getBean(JdbcTemplate.class);
            PageReport report = new PageReport("The task list beside the engine's REST (issue 16)");
            report.line("Measured " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                    + " cores, in-memory H2 with OPTIMIZE_REUSE_RESULTS=FALSE, one client asking one page after another;"
                    + " product pages as ilo.officer (portal as gov.paraguay), engine REST as admin with HTTP Basic.");
            report.line("");
            Map<Integer, List<Pair>> byVolume = new LinkedHashMap<>();
            Map<Integer, List<String>> statements = new LinkedHashMap<>();
            String taskId = null;
            String reference = null;
            String writeOverhead = null;
            for (int volume : VOLUMES) {
                long started = System.nanoTime();
                long open = taskService.createTaskQuery().count();
                int submitted = (int) Math.round((volume - open) * SUBMITTED_SHARE);
                long lastNumber = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM assistance_request", Long.class);
                seed.seed(submitted, (int) (volume - submitted), lastNumber, ClockUtil.getCurrentTime().toInstant());
                report.line("- %,d open tasks seeded in %s".formatted(taskService.createTaskQuery().count(),
                        Duration.ofNanos(System.nanoTime() - started)));
                if (taskId == null) {
                    // one task and one request, the same at both volumes: their pages cost what they hold
                    Task task = taskService.createTaskQuery().taskCandidateGroup("ilo").orderByTaskCreateTime().desc()
                            .listPage(0, 1).get(0);
                    taskId = task.getId();
                    reference = desk.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
                            .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
                    writeOverhead = new WriteOverhead(desk).measure();
                }
                DashboardViews.startQueryStatistics(jdbc);
                byVolume.put(volume, measure(port, taskId, reference));
                statements.put(volume, DashboardViews.slowestQueries(jdbc, 12, "SQL_STATEMENT LIKE '%open_task%'"));
                DashboardViews.stopQueryStatistics(jdbc);
            }
            report.line("");
            report.line(table(byVolume));
            report.line("");
            statements.forEach((volume, slowest) -> {
                report.line("The read model's statements at %,d open tasks by H2's own statistics (warm-up and timed asks), slowest first:"
                        .formatted(volume));
                report.line("");
                report.line("| avg ms | max ms | runs | avg rows | statement |");
                report.line("|---|---|---|---|---|");
                slowest.forEach(report::line);
                report.line("");
            });
            report.line(writeOverhead);
            report.line("Heap used after GC (with the in-memory database): " + PageReport.heapUsedAfterGcMib() + " MiB");
            report.write(Path.of("target", "benchmark", "tasklist.md"));
            byVolume.values().forEach(pairs -> assertThat(pairs).allSatisfy(p -> {
                assertThat(p.product().status()).as(p.view()).isEqualTo(200);
                if (p.engine() != null) {
                    assertThat(p.engine().status()).as(p.view() + " (engine)").isEqualTo(200);
                }
            }));
        }
    }

    private static List<Pair> measure(int port, String taskId, String reference) {
        PageTimer timer = new PageTimer(10, 60, Duration.ofSeconds(20));
        PageSession officer = PageSession.signedIn(port, "ilo.officer");
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");
        ToIntFunction<String> pages = path -> officer.get(path).statusCode();
        BasicClient admin = BasicClient.basic(port, "admin", "demo");
        String now = java.net.URLEncoder.encode(ENGINE_DATE.format(Instant.now().atOffset(ZoneOffset.UTC)),
                java.nio.charset.StandardCharsets.UTF_8);
        String groups = "candidateGroup=ilo&includeAssignedTasks=true";
        Map<String, String> views = new LinkedHashMap<>();
        views.put("/work?view=groups", groups);
        views.put("/work?view=groups&q=PRY", groups + "&processVariables=requestingState_eq_PRY");
        views.put("/work?view=unassigned", "candidateGroup=ilo");
        views.put("/work?view=overdue", groups + "&dueBefore=" + now);
        views.put("/work?view=mine", "assignee=ilo.officer");
        // every page warmed before any is timed: the first view timed would otherwise pay for the JIT of all
        for (int round = 0; round < WARM_ROUNDS; round++) {
            for (String view : views.keySet()) {
                pages.applyAsInt(view);
            }
            pages.applyAsInt("/work/tasks/" + taskId);
            pages.applyAsInt("/work/requests/" + reference);
            paraguay.get("/portal");
        }
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<String, String> view : views.entrySet()) {
            String list = ENGINE_REST + "/task?" + view.getValue() + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=25";
            String count = ENGINE_REST + "/task/count?" + view.getValue();
            // as a list client asks them: the values as stored, none deserialized on the server
            String variables = ENGINE_REST + "/variable-instance?deserializeValues=false&processInstanceIdIn="
                    + String.join(",", instancesOf(admin, list));
            for (String call : List.of(list, count, variables)) {
                BasicClient.Answer answer = admin.answer(call);
                assertThat(answer.status()).as("%s: %s", call, answer.body()).isEqualTo(200);
            }
            ToIntFunction<String> engine = path -> Math.max(admin.get(list), Math.max(admin.get(count), admin.get(variables)));
            pairs.add(new Pair(view.getKey(), timer.time(pages, "ilo.officer", view.getKey()),
                    timer.time(engine, "admin (Basic)", list + " + count + variable-instance")));
        }
        pairs.add(new Pair("/portal (gov.paraguay)", timer.time(path -> paraguay.get(path).statusCode(), "gov.paraguay", "/portal"), null));
        pairs.add(new Pair("/work/tasks/{id}", timer.time(pages, "ilo.officer", "/work/tasks/" + taskId), null));
        pairs.add(new Pair("/work/requests/{reference}", timer.time(pages, "ilo.officer", "/work/requests/" + reference), null));
        return pairs;
    }

    /** The process instances of the tasks a list call answers, as a client would ask their variables next. */
    private static Set<String> instancesOf(BasicClient admin, String list) {
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode task : JSON.readTree(admin.answer(list).body())) {
                ids.add(task.path("processInstanceId").asText());
            }
            return ids.isEmpty() ? Set.of("none") : ids;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String table(Map<Integer, List<Pair>> byVolume) {
        List<Integer> volumes = new ArrayList<>(byVolume.keySet());
        int first = volumes.get(0);
        int last = volumes.get(volumes.size() - 1);
        StringBuilder t = new StringBuilder();
        t.append("| view (ilo.officer) | %,d open: product / engine REST, median ms | × | %,d open: product / engine REST | × | growth product / engine |\n"
                .formatted(first, last));
        t.append("|---|---|---|---|---|---|\n");
        List<Pair> small = byVolume.get(first);
        List<Pair> large = byVolume.get(last);
        for (int i = 0; i < small.size(); i++) {
            Pair a = small.get(i);
            Pair b = large.get(i);
            t.append("| `%s` | %s | %s | %s | %s | %s |\n".formatted(a.view(), both(a), ratio(a), both(b), ratio(b),
                    "%.2f× / %s".formatted(b.product().medianMillis() / a.product().medianMillis(),
                            a.engine() == null ? "–" : "%.2f×".formatted(b.engine().medianMillis() / a.engine().medianMillis()))));
        }
        t.append("\n(p90 in brackets; × = engine REST median ÷ product median: above 1, the product is faster.)\n");
        return t.toString();
    }

    private static String both(Pair p) {
        return "%.1f (%.1f) / %s".formatted(p.product().medianMillis(), p.product().p90Millis(),
                p.engine() == null ? "–" : "%.1f (%.1f)".formatted(p.engine().medianMillis(), p.engine().p90Millis()));
    }

    private static String ratio(Pair p) {
        return p.engine() == null ? "–" : "%.2f".formatted(p.engine().medianMillis() / p.product().medianMillis());
    }
}
