package org.advisorydesk.durability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.advisorydesk.AdvisoryDeskApplication;
import org.advisorydesk.ApiClient;

/**
 * The application in a JVM of its own, started from the test classpath in a working directory of its
 * own, with the main configuration only (not the tests' in-memory one): its default storage is the H2
 * file under that directory's {@code ./data}. It can be killed as a crash kills it ({@code kill -9}).
 */
public final class ChildDesk implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private ChildDesk(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the application in {@code workingDirectory} with these extra arguments, and waits until it answers. */
    public static ChildDesk start(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                AdvisoryDeskApplication.class.getName(),
                "--spring.config.location=classpath:/application.yaml",
                "--server.port=" + port,
                "--advisorydesk.demo-data.activity=false"));
        command.addAll(List.of(arguments));
        File log = workingDirectory.resolve("desk-" + port + ".log").toFile();
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log).start();
        ChildDesk desk = new ChildDesk(process, port);
        desk.awaitAnswer(log);
        return desk;
    }

    public int port() {
        return port;
    }

    public ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            crash();
        }
    }

    private void awaitAnswer(File log) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting; see " + log);
            }
            try {
                if (as("coordinator").get("/api/tasks").getStatusCode().is2xxSuccessful()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not answer within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
