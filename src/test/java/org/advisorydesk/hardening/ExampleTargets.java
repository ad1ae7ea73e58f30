package org.advisorydesk.hardening;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;

/**
 * Where each example body of the API document is sent, made anew for each test that sends them: a
 * request of Paraguay at screening, one whose reporting support the ILO plans, a legislative review led
 * by OHCHR, one to withdraw. "method path" as the document names the operation → the caller who may
 * make the call, and the concrete path.
 */
final class ExampleTargets {

    private ExampleTargets() {
    }

    /** The register's calls go to {@code state}, its report history's to {@code seededParty}. */
    static Map<String, String[]> make(RequestScenario scenario, String state, String seededParty) {
        AssistanceRequest screened = scenario.submit(aRequest());
        String screening = scenario.task(RequestScenario.COORDINATOR, screened, "screen-request", null).id();
        AssistanceRequest planned = routed(scenario, "ILO_C97", "REPORTING_SUPPORT");
        String planning = scenario.task(RequestScenario.ILO, planned, "plan-assistance", AssistanceType.REPORTING_SUPPORT).id();
        AssistanceRequest reviewed = routed(scenario, "ICRMW", "LEGISLATIVE_REVIEW");
        AssistanceRequest withdrawn = scenario.submit(aRequest());
        Map<String, String[]> calls = new LinkedHashMap<>();
        calls.put("post /api/requests", new String[] {"gov.paraguay", "/api/requests"});
        calls.put("post /api/requests/{reference}/comments", new String[] {"gov.paraguay", "/api/requests/" + screened.reference() + "/comments"});
        calls.put("post /api/requests/{reference}/withdraw", new String[] {"gov.paraguay", "/api/requests/" + withdrawn.reference() + "/withdraw"});
        calls.put("put /api/requests/{reference}/findings/{provision}", new String[] {"ohchr.officer", "/api/requests/" + reviewed.reference() + "/findings/25"});
        calls.put("post /api/tasks/{id}/comments", new String[] {"coordinator", "/api/tasks/" + screening + "/comments"});
        calls.put("post /api/tasks/{id}/complete", new String[] {"coordinator", "/api/tasks/" + screening + "/complete"});
        calls.put("post /api/tasks/{id}/assign", new String[] {"ilo.officer", "/api/tasks/" + planning + "/assign"});
        for (String act : List.of("actions", "reports", "observations", "declarations", "reservations", "next-due")) {
            calls.put("post /api/states/{iso3}/" + act, new String[] {"coordinator", "/api/states/" + state + "/" + act});
        }
        calls.put("post /api/states/{iso3}/report-history", new String[] {"coordinator", "/api/states/" + seededParty + "/report-history"});
        calls.put("post /api/dashboard/alerts", new String[] {"manager", "/api/dashboard/alerts"});
        return calls;
    }

    /** A request screened and routed, for one instrument and one type of assistance. */
    private static AssistanceRequest routed(RequestScenario scenario, String instrument, String type) {
        AssistanceRequest request = scenario.submit(aRequest().instruments(instrument).assistanceTypes(type));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        return request;
    }
}
