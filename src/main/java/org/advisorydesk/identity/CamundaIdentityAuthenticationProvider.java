package org.advisorydesk.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity service, the one store of users and groups. Each group
 * the user belongs to becomes an authority named by the group id. Every sign-in (form, HTTP Basic on
 * the API and the engine REST) passes the {@link SignInGuard} first.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInGuard guard;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, SignInGuard guard) {
        this.identityService = identityService;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        // a client that failed too often waits, and its password is not even checked meanwhile
        guard.waitFor(userId, address).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            guard.failed(userId, address);
            throw new BadCredentialsException("Bad credentials");
        }
        guard.succeeded(userId, address);
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery()
                .groupMember(userId).list().stream()
                .map(Group::getId)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
