package org.advisorydesk.treaty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** {@code /work/treaty/import}: a coordinator uploads a status table, reads the preview, applies it all or nothing. */
@Controller
class TreatyImportController {

    private static final long MAX_TABLE = 2_000_000;

    private final StatusImport imports;

    TreatyImportController(StatusImport imports) {
        this.imports = imports;
    }

    @GetMapping("/work/treaty/import")
    String form(CurrentUser user) {
        requireCoordinator(user);
        return "treaty/import";
    }

    @PostMapping("/work/treaty/import")
    ModelAndView preview(CurrentUser user, @RequestParam(required = false) String instrument,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        requireCoordinator(user);
        try {
            Instrument chosen = required(instrument);
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "is empty");
            }
            if (file.getSize() > MAX_TABLE) {
                throw new InvalidInputException("file", "must not be larger than 2 MB");
            }
            String table = new String(file.getBytes(), StandardCharsets.UTF_8);
            return page(imports.preview(user, chosen, table), table);
        } catch (InvalidInputException e) {
            ModelAndView again = new ModelAndView("treaty/import", HttpStatus.BAD_REQUEST);
            again.addObject("problems", TreatyFilters.byField(e));
            return again;
        }
    }

    @PostMapping("/work/treaty/import/apply")
    ModelAndView apply(CurrentUser user, @RequestParam(required = false) String instrument,
            @RequestParam(required = false) String table) {
        requireCoordinator(user);
        StatusImport.Outcome outcome = imports.apply(user, required(instrument), table);
        ModelAndView page = page(outcome, table);
        if (!outcome.applied()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    private static ModelAndView page(StatusImport.Outcome outcome, String table) {
        ModelAndView page = new ModelAndView("treaty/import");
        page.addObject("outcome", outcome);
        page.addObject("table", table);
        return page;
    }

    private static Instrument required(String instrument) {
        Instrument chosen = TreatyFilters.instrument(instrument);
        if (chosen == null) {
            throw new InvalidInputException("instrument", "is required");
        }
        return chosen;
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new ForbiddenException("Only coordinators import into the treaty register.");
        }
    }
}
