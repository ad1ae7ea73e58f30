package org.advisorydesk.treaty;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.Instrument;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The register's staff pages: {@code /work/treaty}, a State's page with its forms, the reporting calendar. */
@Controller
class TreatyPageController {

    private final RegisterListing listing;
    private final StatePages states;
    private final ReportingCalendar calendar;
    private final TreatyRegister register;
    private final java.time.Clock clock;

    TreatyPageController(RegisterListing listing, StatePages states, ReportingCalendar calendar, TreatyRegister register,
            java.time.Clock clock) {
        this.listing = listing;
        this.states = states;
        this.calendar = calendar;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/work/treaty")
    String register(CurrentUser user, Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(required = false) String instrument,
            @RequestParam(required = false) String status, @RequestParam(required = false) String region,
            @RequestParam(required = false) String sort) {
        model.addAttribute("page", listing.page(TreatyFilters.instrument(instrument), TreatyFilters.status(status),
                TreatyFilters.region(region), TreatyFilters.sort(sort), locale));
        model.addAttribute("coordinator", user.isCoordinator());
        // the ~420 links of the map and the table as plain text (see treaty/parts.html)
        model.addAttribute("treatyBase", request.getContextPath() + "/work/treaty/");
        return "treaty/register";
    }

    @GetMapping("/work/treaty/states.csv")
    ResponseEntity<byte[]> registerCsv(Locale locale, @RequestParam(required = false) String instrument,
            @RequestParam(required = false) String status, @RequestParam(required = false) String region,
            @RequestParam(required = false) String sort) throws IOException {
        TreatyViews.RegisterPage page = listing.page(TreatyFilters.instrument(instrument), TreatyFilters.status(status),
                TreatyFilters.region(region), TreatyFilters.sort(sort), locale);
        StringWriter out = new StringWriter();
        TreatyCsv.states(out, page.rows());
        return csv("treaty-register.csv", out);
    }

    @GetMapping("/work/treaty/calendar")
    String calendar(Model model, Locale locale, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate start = TreatyFilters.date("from", from, LocalDate.now(clock));
        LocalDate end = TreatyFilters.date("to", to, start.plusYears(1));
        TreatyFilters.ordered(start, end);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("rows", calendar.between(start, end, locale));
        return "treaty/calendar";
    }

    @GetMapping("/work/treaty/calendar.csv")
    ResponseEntity<byte[]> calendarCsv(Locale locale, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) throws IOException {
        LocalDate start = TreatyFilters.date("from", from, LocalDate.now(clock));
        LocalDate end = TreatyFilters.date("to", to, start.plusYears(1));
        TreatyFilters.ordered(start, end);
        StringWriter out = new StringWriter();
        TreatyCsv.calendar(out, calendar.between(start, end, locale));
        return csv("treaty-calendar.csv", out);
    }

    @GetMapping("/work/treaty/{iso3}")
    String state(CurrentUser user, Model model, Locale locale, @PathVariable String iso3,
            @RequestParam(required = false) String recorded) {
        model.addAttribute("state", states.page(user, iso3, locale));
        model.addAttribute("coordinator", user.isCoordinator());
        model.addAttribute("recorded", recorded != null && TreatyForms.NAMES.contains(recorded) ? recorded : null);
        model.addAttribute("values", Map.of());
        model.addAttribute("problems", Map.of());
        return "treaty/state";
    }

    /** One of the State page's forms: recorded and back to the page, or the page again with each bad field named. */
    @PostMapping("/work/treaty/{iso3}/{form}")
    ModelAndView record(CurrentUser user, Locale locale, @PathVariable String iso3, @PathVariable String form,
            @RequestParam Map<String, String> values) {
        if (!TreatyForms.NAMES.contains(form)) {
            throw new NotFoundException("No form " + form);
        }
        StatePages.StatePage page = states.page(user, iso3, locale);
        try {
            TreatyForms.apply(register, user, page.iso3(), form, values);
            return new ModelAndView("redirect:/work/treaty/" + page.iso3() + "?recorded=" + form + "#recorded");
        } catch (InvalidInputException e) {
            ModelAndView again = new ModelAndView("treaty/state", HttpStatus.BAD_REQUEST);
            again.addObject("state", page);
            again.addObject("coordinator", user.isCoordinator());
            again.addObject("failed", form);
            again.addObject("values", values);
            again.addObject("problems", TreatyFilters.byField(e));
            return again;
        }
    }

    static ResponseEntity<byte[]> csv(String name, StringWriter out) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<Instrument> instruments() {
        return List.of(Instrument.values());
    }
}
