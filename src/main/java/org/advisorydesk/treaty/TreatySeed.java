package org.advisorydesk.treaty;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.advisorydesk.request.Instrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty register with the status of the ICRMW as at 10 June 2003 (reference/icrmw-status-2003.csv,
 * from the Secretary-General's report of 6 August 2003): 22 ratifications, 11 signatures, dates unknown.
 * The ratifying States are bound from 1 July 2003 (art. 87(1)) and their monitoring starts.
 */
@Component
@Order(1)
class TreatySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TreatySeed.class);

    private final TreatyRegister register;
    private final SeedProperties properties;

    TreatySeed(TreatyRegister register, SeedProperties properties) {
        this.register = register;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.enabled()) {
            seedIfEmpty();
        }
    }

    /** Seeds the register unless it holds anything already; true when it did. */
    boolean seedIfEmpty() throws IOException {
        if (!register.isEmpty()) {
            return false;
        }
        List<Map<String, String>> rows;
        try (InputStream csv = new ClassPathResource("reference/icrmw-status-2003.csv").getInputStream();
                MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        }
        for (Map<String, String> row : rows) {
            TreatyStatus status = "RATIFIED".equals(row.get("icrmw_status")) ? TreatyStatus.RATIFIED : TreatyStatus.SIGNED;
            register.seed(row.get("iso3"), Instrument.ICRMW, status, TreatyCalendar.ICRMW_ENTRY_INTO_FORCE);
        }
        log.info("Seeded the treaty register with the ICRMW status of 10 June 2003 ({} States)", rows.size());
        return true;
    }

    /**
     * {@code advisorydesk.treaty.seed.enabled}: seed an empty register at start-up (default). Tests turn
     * it off and seed when their process-coverage recording has started.
     */
    @ConfigurationProperties("advisorydesk.treaty.seed")
    record SeedProperties(@DefaultValue("true") boolean enabled) {
    }
}
