package org.advisorydesk;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Extra users for scenarios the demo users do not cover (password "demo"). */
public final class TestUsers {

    private TestUsers() {
    }

    public static void ensure(IdentityService identityService, String id, String... groups) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword("demo");
        identityService.saveUser(user);
        for (String group : groups) {
            identityService.createMembership(id, group);
        }
    }
}
