package org.advisorydesk.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user and what their groups make of them. The groups come from Camunda's identity
 * service at sign-in and are carried as authorities.
 */
public record CurrentUser(String id, Set<String> groups) {

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    public static CurrentUser of(Authentication authentication) {
        Set<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new CurrentUser(authentication.getName(), groups);
    }

    /** The State this user speaks for, when they are a government focal point. */
    public Optional<String> state() {
        return groups.stream().map(Groups::stateOf).flatMap(Optional::stream).findFirst();
    }

    public boolean isGovernment() {
        return state().isPresent();
    }

    public Set<Agency> agencies() {
        return groups.stream().map(Agency::ofGroup).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    public boolean isCoordinator() {
        return groups.contains(Groups.COORDINATORS);
    }

    public boolean isManager() {
        return groups.contains(Groups.MANAGERS);
    }

    public boolean isAdministrator() {
        return groups.contains(Groups.ADMINISTRATORS);
    }

    /** Coordinators, managers and administrators see every request. */
    public boolean seesAllRequests() {
        return isCoordinator() || isManager() || isAdministrator();
    }

    /** Coordinators, agency staff, managers and administrators: the users of the staff workspace. */
    public boolean isStaff() {
        return !isGovernment() && (seesAllRequests() || !agencies().isEmpty());
    }

    public List<String> groupList() {
        return List.copyOf(groups);
    }
}
