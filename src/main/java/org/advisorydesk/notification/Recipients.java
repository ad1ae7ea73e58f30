package org.advisorydesk.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who receives a notification: the e-mail addresses of groups' members, from Camunda's identity service. */
@Component
class Recipients {

    private final IdentityService identityService;

    Recipients(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * The addresses of every member of the groups, and the further addresses, each once (compared
     * without regard to case). Members without an e-mail address are skipped.
     */
    List<String> of(Collection<String> groupIds, String... furtherAddresses) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        for (String groupId : groupIds) {
            for (User member : identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
                add(byLowerCase, member.getEmail());
            }
        }
        for (String address : furtherAddresses) {
            add(byLowerCase, address);
        }
        return new ArrayList<>(byLowerCase.values());
    }

    /** The user's own address, when the user exists and has one. */
    List<String> ofUser(String userId) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        if (user != null) {
            add(byLowerCase, user.getEmail());
        }
        return new ArrayList<>(byLowerCase.values());
    }

    private static void add(Map<String, String> byLowerCase, String address) {
        if (address != null && !address.isBlank()) {
            byLowerCase.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), address.strip());
        }
    }
}
