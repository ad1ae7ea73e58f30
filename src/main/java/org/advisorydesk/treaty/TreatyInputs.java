package org.advisorydesk.treaty;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advisorydesk.request.Instrument;

/** The bodies of the register's write calls. */
public final class TreatyInputs {

    private TreatyInputs() {
    }

    /** {@code POST /api/states/{iso3}/actions}. */
    public record ActionInput(@NotNull Instrument instrument, @NotNull TreatyAction action, @NotNull LocalDate date) {
    }

    /** {@code POST /api/states/{iso3}/reports}. */
    public record ReportInput(@NotNull Instrument instrument, @NotNull LocalDate submittedOn) {
    }

    /** {@code POST /api/states/{iso3}/observations}: concluding observations adopted by the Committee. */
    public record ObservationsInput(@NotNull Instrument instrument, @NotNull LocalDate adoptedOn,
            @NotBlank @Size(max = 20000) String text) {
    }
}
