package org.advisorydesk.web;

import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** What stands before the security chain: the path and upload gates, and the firewall's refusals answered as 400. */
@Configuration
class RequestGuards {

    /** First of all: a path that could be read as another is refused before anything parses it. */
    @Bean
    FilterRegistrationBean<PathGate> pathGate() {
        return beforeSecurity(new PathGate(), 2);
    }

    /** Before Spring Security's filters, whose CSRF check would be the first to read an upload's body. */
    @Bean
    FilterRegistrationBean<MultipartGate> multipartGate() {
        return beforeSecurity(new MultipartGate(), 1);
    }

    /** The filter on every path, {@code places} before Spring Security's. */
    private static <F extends Filter> FilterRegistrationBean<F> beforeSecurity(F filter, int places) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - places);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * A path the firewall refuses (encoded slashes, a NUL, …, past the PathGate) is the client's
     * mistake: {@code 400}, answered by {@link ErrorPages}, not a 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
