package org.advisorydesk.benchmark;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.advisorydesk.AdvisoryDeskApplication;
import org.advisorydesk.ApiClient;
import org.advisorydesk.durability.TestPostgres;
import org.advisorydesk.request.AssistanceRequestVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: submissions per second, 1 and 16 clients, over HTTP ({@code POST /api/requests}, with and
 * without an {@code Idempotency-Key}) and, in the same run on the same storage, a bare loop of
 * {@code runtimeService.startProcessInstanceByKey} of the same model (its rows made beforehand, outside
 * the timing): on the H2 file with H2's default write delay (500 ms, before issue 13) and with every
 * commit written (WRITE_DELAY=0, the default now), and on PostgreSQL when
 * {@code ADVISORYDESK_TEST_POSTGRES_URL} is set. Reported, not asserted, in
 * {@code target/benchmark/submissions.md}. Run alone: {@code ./mvnw verify -Pbenchmark -Dtest=SubmissionBenchmark}.
 */
@Tag("benchmark")
class SubmissionBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURED = Duration.ofSeconds(8);
    private static final int[] CLIENTS = {1, 16};
    private static final AtomicLong BARE_NUMBER = new AtomicLong(90_000);

    @TempDir Path data;

    @Test
    void submissionsPerSecondOnEachStorage() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| storage | call | clients | submissions/s | bare start/s | HTTP ÷ bare |");
        rows.add("|---|---|---|---|---|---|");
        measure(rows, "H2 file, WRITE_DELAY=500 (before)", "jdbc:h2:file:" + data.resolve("before") + ";WRITE_DELAY=500");
        measure(rows, "H2 file, WRITE_DELAY=0 (now)", "jdbc:h2:file:" + data.resolve("now") + ";WRITE_DELAY=0");
        if (System.getenv(TestPostgres.URL_VARIABLE) != null) {
            measure(rows, "PostgreSQL 15", TestPostgres.emptyDatabase("bench"));
        }
        String report = String.join("\n", rows) + "\n";
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "submissions.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void measure(List<String> rows, String storage, String url) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--server.port=0",
                "--camunda.bpm.process-engine-name=bench" + Math.abs(url.hashCode())));
        if (url.startsWith("jdbc:postgresql")) {
            arguments.addAll(List.of("--spring.datasource.username=advisorydesk", "--spring.datasource.password=advisorydesk"));
        }
        try (ConfigurableApplicationContext desk = new SpringApplicationBuilder(AdvisoryDeskApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) desk).getWebServer().getPort();
            for (int clients : CLIENTS) {
                double bare = bare(desk, clients);
                double plain = http(port, clients, false);
                double keyed = http(port, clients, true);
                rows.add(row(storage, "POST /api/requests", clients, plain, bare));
                rows.add(row(storage, "POST /api/requests + Idempotency-Key", clients, keyed, bare));
            }
        }
    }

    private static String row(String storage, String call, int clients, double perSecond, double bare) {
        return "| %s | %s | %d | %.1f | %.1f | %.2f |".formatted(storage, call, clients, perSecond, bare, perSecond / bare);
    }

    private static double http(int port, int clients, boolean keyed) throws InterruptedException {
        return run(clients, () -> {
            ApiClient paraguay = ApiClient.as(port, "gov.paraguay");
            return () -> {
                var answer = keyed ? paraguay.post("/api/requests", aRequest().asJson(), UUID.randomUUID().toString())
                        : paraguay.post("/api/requests", aRequest().asJson());
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            };
        });
    }

    /** The engine alone: the model started with its variables, the request's row made beforehand. */
    private static double bare(ConfigurableApplicationContext desk, int clients) throws InterruptedException {
        RuntimeService runtime = desk.getBean(RuntimeService.class);
        JdbcClient jdbc = desk.getBean(JdbcClient.class);
        int needed = (int) (3000 * Math.max(1, clients / 4));
        List<String> references = new ArrayList<>();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        for (int i = 0; i < needed; i++) {
            String reference = "TA-2099-%06d".formatted(BARE_NUMBER.incrementAndGet());
            jdbc.sql("INSERT INTO assistance_request (reference, requesting_state, instruments, assistance_types, title, "
                            + "description, contact_email, status, submitted_by, submitted_at, updated_at, submitted_side, status_since, "
                            + "last_change_at) VALUES (?, 'PRY', 'ICRMW', 'LEGISLATIVE_REVIEW', 'Bare', 'Bare', 'bare@example.org', "
                            + "'SUBMITTED', 'gov.paraguay', ?, ?, 'GOVERNMENT', ?, ?)")
                    .params(reference, now, now, now, now).update();
            references.add(reference);
        }
        AtomicInteger next = new AtomicInteger();
        return run(clients, () -> () -> {
            String reference = references.get(next.getAndIncrement());
            Map<String, Object> variables = Variables.createVariables()
                    .putValue(AssistanceRequestVariables.REFERENCE.name(), reference)
                    .putValue(AssistanceRequestVariables.REQUESTING_STATE.name(), "PRY")
                    .putValue(AssistanceRequestVariables.GOVERNMENT_GROUP.name(), "gov-pry")
                    .putValue(AssistanceRequestVariables.INSTRUMENTS.name(), new ArrayList<>(List.of("ICRMW")))
                    .putValue(AssistanceRequestVariables.ASSISTANCE_TYPES.name(), new ArrayList<>(List.of("LEGISLATIVE_REVIEW")));
            runtime.startProcessInstanceByKey(AssistanceRequestVariables.PROCESS_KEY, reference, variables);
        });
    }

    interface Call {
        void once() throws Exception;
    }

    interface Caller {
        Call make();
    }

    /** Calls per second over {@link #MEASURED}, after {@link #WARM_UP}, from {@code clients} threads. */
    private static double run(int clients, Caller caller) throws InterruptedException {
        AtomicInteger counted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Instant start = Instant.now().plus(WARM_UP);
        Instant end = start.plus(MEASURED);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            threads.submit(() -> {
                Call call = caller.make();
                while (Instant.now().isBefore(end)) {
                    try {
                        call.once();
                        Instant done = Instant.now();
                        if (done.isAfter(start) && done.isBefore(end)) {
                            counted.incrementAndGet();
                        }
                    } catch (Exception | AssertionError e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        threads.shutdown();
        threads.awaitTermination(5, TimeUnit.MINUTES);
        assertThat(failed.get()).as("failed calls").isZero();
        return counted.get() / (MEASURED.toMillis() / 1000.0);
    }
}
