package org.advisorydesk.treaty;

import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Instrument;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The treaty register: {@code /api/states}. */
@RestController
@RequestMapping("/api/states")
@Tag(name = "Treaty register", description = "Signatures, ratifications, accessions, entry into force and reports per State")
class StateApiController {

    private final TreatyRegister register;

    StateApiController(TreatyRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Every State's standing, filtered by status and instrument")
    List<StateView> list(@RequestParam(required = false) TreatyStatus status,
            @RequestParam(required = false) Instrument instrument) {
        return register.states(status, instrument);
    }

    @GetMapping("/{iso3}")
    @Operation(summary = "One State's standing per instrument, with its report schedule")
    StateView get(CurrentUser user, @PathVariable String iso3) {
        return register.state(user, iso3);
    }

    @PostMapping("/{iso3}/actions")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Record a signature, ratification or accession (coordinators)")
    ResponseEntity<StateView> action(CurrentUser user, @PathVariable String iso3,
            @Valid @RequestBody TreatyInputs.ActionInput input) {
        return ResponseEntity.status(201).body(register.recordAction(user, iso3, input));
    }

    @PostMapping("/{iso3}/reports")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Record a report submitted to the Committee or the ILO (coordinators)")
    ResponseEntity<StateView> report(CurrentUser user, @PathVariable String iso3,
            @Valid @RequestBody TreatyInputs.ReportInput input) {
        return ResponseEntity.status(201).body(register.recordReport(user, iso3, input));
    }

    @PostMapping("/{iso3}/observations")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Record concluding observations adopted by the Committee: the lead agency plans the follow-up")
    ResponseEntity<Void> observations(CurrentUser user, @PathVariable String iso3,
            @Valid @RequestBody TreatyInputs.ObservationsInput input) {
        register.recordObservations(user, iso3, input);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{iso3}/declarations")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Record a declaration under ICRMW art. 76 or 77 (coordinators)")
    ResponseEntity<StateView> declaration(CurrentUser user, @PathVariable String iso3,
            @Valid @RequestBody TreatyInputs.DeclarationInput input) {
        return ResponseEntity.status(201).body(register.recordDeclaration(user, iso3, input));
    }

    @PostMapping("/{iso3}/reservations")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Record a reservation to the ICRMW (coordinators)")
    ResponseEntity<StateView> reservation(CurrentUser user, @PathVariable String iso3,
            @Valid @RequestBody TreatyInputs.ReservationInput input) {
        return ResponseEntity.status(201).body(register.recordReservation(user, iso3, input));
    }

    @PostMapping("/{iso3}/next-due")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Correct the due date of the State's next report, with a reason kept in the record (coordinators)")
    ResponseEntity<StateView> correction(CurrentUser user, @PathVariable String iso3,
            @Valid @RequestBody TreatyInputs.CorrectionInput input) {
        return ResponseEntity.status(201).body(register.correctNextDue(user, iso3, input));
    }

    @PostMapping("/{iso3}/report-history")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Mark a seeded party's report history as verified: its follow-up starts (coordinators)")
    ResponseEntity<StateView> verification(CurrentUser user, @PathVariable String iso3,
            @Valid @RequestBody TreatyInputs.VerificationInput input) {
        return ResponseEntity.status(201).body(register.verifyReportHistory(user, iso3, input.instrument()));
    }
}
