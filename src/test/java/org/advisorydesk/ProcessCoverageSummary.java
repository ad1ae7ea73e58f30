package org.advisorydesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Run by {@code ./mvnw verify} after the tests: adds up the flow-node coverage reports of all test
 * classes (target/process-test-coverage/*&#47;report.json) per BPMN file, prints the figures and fails
 * the build below the minimum (first argument, e.g. 0.95).
 */
public final class ProcessCoverageSummary {

    private ProcessCoverageSummary() {
    }

    public static void main(String[] args) throws IOException {
        double minimum = Double.parseDouble(args[0]);
        Path reports = Path.of(args.length > 1 ? args[1] : "target/process-test-coverage");
        Map<String, Integer> elements = new HashMap<>();
        Map<String, Set<String>> passed = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                JsonNode report = mapper.readTree(file.toFile());
                report.path("models").forEach(m -> elements.put(m.path("key").asText(), m.path("totalElementCount").asInt()));
                report.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events").forEach(event ->
                        passed.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
                                .add(event.path("definitionKey").asText()))));
            }
        }
        int total = 0;
        int covered = 0;
        for (Map.Entry<String, Integer> model : new TreeMap<>(elements).entrySet()) {
            int hit = Math.min(passed.getOrDefault(model.getKey(), Set.of()).size(), model.getValue());
            System.out.printf("Flow-node coverage of %s: %d/%d%n", model.getKey(), hit, model.getValue());
            total += model.getValue();
            covered += hit;
        }
        double ratio = total == 0 ? 0 : (double) covered / total;
        System.out.printf("Flow-node coverage across %d BPMN files: %.1f%% (%d/%d), minimum %.0f%%%n",
                elements.size(), ratio * 100, covered, total, minimum * 100);
        if (ratio < minimum) {
            throw new IllegalStateException("Flow-node coverage below the minimum");
        }
    }
}
