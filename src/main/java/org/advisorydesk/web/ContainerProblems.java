package org.advisorydesk.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.advisorydesk.kernel.Problems;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before any servlet runs (a request line or headers over its limit, a request it
 * cannot parse) is answered by its error report valve, which writes an HTML page. For the API and the
 * engine REST API, and when the request could not be read far enough to know its path, the answer is
 * problem details instead, as every other error of the API ({@link ErrorPages} answers the rest): a
 * client of the API never has to read HTML. Replaces the valve Spring Boot puts on the host (which
 * shows no report and no server information, as this one does not either).
 */
@Component
class ContainerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // named too, or the host adds Tomcat's default valve (full report, stack trace, server version) at start
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve());
        });
    }

    /** After Spring Boot's own customizer, which adds its valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Problem details for the API's paths and for requests whose path could not be read; Tomcat's page otherwise. */
    public static final class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String path = request.getRequestURI();
            boolean api = path == null || path.isEmpty() || path.startsWith("/api/") || path.startsWith("/engine-rest/");
            // (the valve marked the error reported before calling this)
            if (status < 400 || !api || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(Problems.json(status, "The request was refused before it could be read: "
                            + "its request line or headers are malformed or over the server's limit."));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the answer was begun elsewhere: nothing more to say
            }
        }
    }
}
