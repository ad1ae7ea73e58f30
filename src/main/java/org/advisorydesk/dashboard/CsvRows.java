package org.advisorydesk.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Rows of CSV with a header row, written one by one as they come (Jackson's CSV writer quotes them). */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();

    private final SequenceWriter writer;

    CsvRows(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        this.writer = CSV.writerFor(List.class).with(schema.build()).writeValues(out);
    }

    void write(List<?> cells) {
        try {
            writer.write(cells.stream().map(c -> c == null ? "" : String.valueOf(c)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
