package org.advisorydesk.treaty;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.request.Instrument;
import org.springframework.context.ApplicationContext;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * {@code /status}: the public treaty standing and report dates, without sign-in, in English, French and
 * Spanish. Nothing about requests, tasks or people. Cheap for anonymous traffic: each language and
 * instrument is rendered at most once per {@code advisorydesk.treaty.status.kept-for} and served from
 * memory in between, and browsers and proxies may keep it as long.
 */
@Controller
class StatusPageController {

    private record Rendered(Instant at, byte[] html) {
    }

    private final RegisterListing listing;
    private final StatusProperties properties;
    private final SpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final Clock clock;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    StatusPageController(RegisterListing listing, StatusProperties properties, SpringTemplateEngine templates,
            ApplicationContext applicationContext, Clock clock) {
        this.listing = listing;
        this.properties = properties;
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.clock = clock;
    }

    @GetMapping("/status")
    ResponseEntity<byte[]> status(Locale locale, HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String instrument) {
        Instrument shown = TreatyFilters.instrument(instrument);
        Instant now = clock.instant();
        Rendered page = rendered.compute(locale.getLanguage() + "/" + shown, (key, old) ->
                old != null && old.at().plus(properties.keptFor()).isAfter(now) ? old
                        : new Rendered(now, render(locale, shown, request, response)));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(properties.keptFor()).cachePublic())
                .header(HttpHeaders.VARY, "Cookie, Accept-Language")
                .body(page.html());
    }

    private byte[] render(Locale locale, Instrument instrument, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        context.setVariable("page", listing.publicPage(instrument, locale));
        return templates.process("treaty/status", context).getBytes(StandardCharsets.UTF_8);
    }
}
