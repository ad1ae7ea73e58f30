package org.advisorydesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's figures as a Markdown table, printed and written to {@code target/benchmark/pages.md}. */
final class PageReport {

    private final List<String> lines = new ArrayList<>();

    PageReport(String title) {
        this("# ", title);
    }

    /** A report whose title is of this Markdown level ({@code "## "} for a section). */
    PageReport(String level, String title) {
        lines.add(level + title);
        lines.add("");
    }

    void line(String text) {
        lines.add(text);
    }

    void table(List<PageFigure> figures) {
        lines.add("");
        lines.add("| page | user | status | n | median ms | p90 ms | max ms |");
        lines.add("|---|---|---|---|---|---|---|");
        figures.forEach(f -> lines.add(f.row()));
        lines.add("");
    }

    /** The heap in use after a full collection, in MiB (the in-memory H2 database is part of it). */
    static long heapUsedAfterGcMib() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** Adds this report after what the file already holds (a later test's section of the same report). */
    void append(Path file) throws IOException {
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println(text);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    void write(Path file) throws IOException {
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println(text);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
