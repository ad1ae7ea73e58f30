package org.advisorydesk.treaty;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /status}: the public treaty standing and report dates, without sign-in, in English, French and
 * Spanish. Nothing about requests, tasks or people. Its rows are kept a short while ({@link RegisterListing})
 * and browsers and proxies may keep the page as long.
 */
@Controller
class StatusPageController {

    private final RegisterListing listing;
    private final StatusProperties properties;

    StatusPageController(RegisterListing listing, StatusProperties properties) {
        this.listing = listing;
        this.properties = properties;
    }

    @GetMapping("/status")
    String status(Model model, Locale locale, HttpServletResponse response, @RequestParam(required = false) String instrument) {
        model.addAttribute("page", listing.publicPage(TreatyFilters.instrument(instrument), locale));
        response.setHeader("Cache-Control", CacheControl.maxAge(properties.keptFor()).cachePublic().getHeaderValue());
        response.setHeader("Vary", "Cookie, Accept-Language");
        return "treaty/status";
    }
}
