package org.advisorydesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the demo desk is made with the clock moved back, nobody's work is taken (it would be recorded at a wrong time). */
class DemoPreparationTest {

    @Test
    void everyRequestWaitsWhileTheDemoDeskIsMadeAndPassesAfter() throws Exception {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("demo.preparing", Locale.ENGLISH, "Being prepared");
        DemoPreparation preparation = new DemoPreparation(messages);

        preparation.started();
        MockHttpServletResponse waiting = new MockHttpServletResponse();
        MockFilterChain untouched = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/requests");
        request.addPreferredLocale(Locale.ENGLISH);
        preparation.doFilter(request, waiting, untouched);
        assertThat(waiting.getStatus()).isEqualTo(503);
        assertThat(waiting.getHeader("Retry-After")).isEqualTo("30");
        assertThat(waiting.getContentType()).startsWith("application/problem+json");
        assertThat(waiting.getContentAsString()).contains("\"status\":503").contains("\"detail\":\"Being prepared\"");
        assertThat(untouched.getRequest()).as("the request went no further").isNull();
        MockHttpServletResponse page = new MockHttpServletResponse();
        MockHttpServletRequest pageRequest = new MockHttpServletRequest("GET", "/portal");
        pageRequest.addPreferredLocale(Locale.ENGLISH);
        preparation.doFilter(pageRequest, page, new MockFilterChain());
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).isEqualTo("Being prepared");

        preparation.finished();
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse served = new MockHttpServletResponse();
        preparation.doFilter(new MockHttpServletRequest("GET", "/work/dashboard"), served, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(served.getStatus()).isEqualTo(200);
    }
}
