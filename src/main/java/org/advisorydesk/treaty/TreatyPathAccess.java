package org.advisorydesk.treaty;

import java.util.Map;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.PathAccess;
import org.springframework.stereotype.Component;

/** Coordinators record in the treaty register, by the API, the State's page or an import. */
@Component
class TreatyPathAccess implements PathAccess {

    @Override
    public boolean guards(String method, String pattern) {
        return pattern.startsWith("/api/states/") || pattern.startsWith("/work/treaty/");
    }

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        if (!user.isCoordinator()) {
            throw new ForbiddenException("Only coordinators record in the treaty register.");
        }
    }
}
