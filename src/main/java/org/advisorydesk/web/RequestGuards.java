package org.advisorydesk.web;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** What stands before the security chain: the upload gate, and the firewall's refusals answered as 400. */
@Configuration
class RequestGuards {

    /** First of all: a path that could be read as another is refused before anything parses it. */
    @Bean
    FilterRegistrationBean<PathGate> pathGate() {
        FilterRegistrationBean<PathGate> registration = new FilterRegistrationBean<>(new PathGate());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Before Spring Security's filters, whose CSRF check would be the first to read an upload's body. */
    @Bean
    FilterRegistrationBean<MultipartGate> multipartGate() {
        FilterRegistrationBean<MultipartGate> registration = new FilterRegistrationBean<>(new MultipartGate());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * A path the firewall refuses (dot segments such as {@code /api/%2e%2e/engine-rest/task}, encoded
     * slashes, a NUL) is the client's mistake: {@code 400}, answered by {@link ErrorPages}, not a 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
