package org.advisorydesk.identity;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the signed-in user, so that the engine's history and our listeners know who
 * did what.
 */
@Component
public class EngineAuthentication {

    private final IdentityService identityService;

    EngineAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T as(CurrentUser user, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.id(), user.groupList());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    public void as(CurrentUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** The user, with their groups, on whose behalf the engine is working now (none for timers and jobs). */
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(identityService.getCurrentAuthentication())
                .filter(a -> a.getUserId() != null)
                .map(a -> new CurrentUser(a.getUserId(), a.getGroupIds() == null ? java.util.Set.of()
                        : java.util.Set.copyOf(a.getGroupIds())));
    }

    /** The user on whose behalf the engine is working now, if any (none for timers and jobs). */
    public Optional<String> currentUserId() {
        return Optional.ofNullable(identityService.getCurrentAuthentication())
                .map(Authentication::getUserId);
    }
}
