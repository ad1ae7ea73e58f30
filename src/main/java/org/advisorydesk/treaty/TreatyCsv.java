package org.advisorydesk.treaty;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.advisorydesk.request.Instrument;

/** The register's downloads: UTF-8 CSV with a header row, dates as YYYY-MM-DD, codes as the API has them. */
final class TreatyCsv {

    private static final CsvMapper CSV = new CsvMapper();

    private TreatyCsv() {
    }

    /** One row per State: its standing, dates and next report under every instrument. */
    static void states(Writer out, List<TreatyViews.Row> rows) throws IOException {
        List<String> header = new ArrayList<>(List.of("iso3", "name", "region"));
        for (Instrument i : Instrument.values()) {
            String p = i.name() + "_";
            header.addAll(List.of(p + "status", p + "signed", p + "consent", p + "entryIntoForce", p + "nextReportDue",
                    p + "reportHistory"));
        }
        header.addAll(List.of("ICRMW_declarationArt76", "ICRMW_declarationArt77"));
        List<List<String>> cells = new ArrayList<>();
        for (TreatyViews.Row r : rows) {
            List<String> row = new ArrayList<>(List.of(r.iso3(), r.name(), text(r.region())));
            for (Instrument i : Instrument.values()) {
                TreatyViews.Standing s = r.of(i);
                row.addAll(List.of(s.status().name(), s.signed() ? known(s.signedOn()) : "",
                        s.status().isParty() ? known(s.consentOn()) : "", text(s.entryIntoForce()),
                        s.next() == null ? "" : s.next().due().toString(),
                        s.status().isParty() ? (s.toVerify() ? "NOT_RECORDED" : "RECORDED") : ""));
            }
            row.addAll(List.of(String.valueOf(r.of(Instrument.ICRMW).declarationArt76()),
                    String.valueOf(r.of(Instrument.ICRMW).declarationArt77())));
            cells.add(row);
        }
        write(out, header, cells);
    }

    /** One row per report of the calendar. */
    static void calendar(Writer out, List<TreatyViews.CalendarRow> rows) throws IOException {
        write(out, List.of("iso3", "name", "instrument", "report", "due", "overdueDays", "toVerify", "taskId", "task"),
                rows.stream().map(r -> List.of(r.iso3(), r.name(), r.instrument().name(), r.kind().name(), r.due().toString(),
                        text(r.overdueDays()), String.valueOf(r.toVerify()), text(r.taskId()), text(r.taskName()))).toList());
    }

    private static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        CSV.writerFor(List.class).with(schema.build()).writeValues(out).writeAll(rows).close();
    }

    private static String known(Object date) {
        return date == null ? "unknown" : date.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
