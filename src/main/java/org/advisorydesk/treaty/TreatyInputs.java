package org.advisorydesk.treaty;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

    /** A declaration under ICRMW art. 76 or 77. */
    public record DeclarationInput(@NotNull @Min(76) @Max(77) Integer article, @NotNull LocalDate date) {
    }

    /** A reservation (ICRMW art. 91). */
    public record ReservationInput(@NotNull LocalDate date, @NotBlank @Size(max = 2000) String text) {
    }

    /** A coordinator's correction of the next report's due date, with the reason kept in the record. */
    public record CorrectionInput(@NotNull Instrument instrument, @NotNull LocalDate due, @NotBlank @Size(max = 2000) String reason) {
    }

    /** A seeded party's report history checked: follow-up starts. */
    public record VerificationInput(@NotNull Instrument instrument) {
    }
}
