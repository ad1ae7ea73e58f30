package org.advisorydesk.demo;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.DemoDataProperties;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.request.StateNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The people of the demo desk, from Camunda's identity service: a second officer at ILO, IOM and OHCHR
 * and a second manager (so that load differs per officer), and a focal point for every demo State that
 * has none yet ({@code gov.mex} in {@code gov-mex}). Existing users and groups are never changed.
 */
@Component
class DemoPeople {

    private record Staff(String id, String firstName, String lastName, String groupId) {
    }

    private static final List<Staff> EXTRA_STAFF = List.of(
            new Staff("ilo.officer2", "ILO", "Second officer", Agency.ILO.groupId()),
            new Staff("iom.officer2", "IOM", "Second officer", Agency.IOM.groupId()),
            new Staff("ohchr.officer2", "OHCHR", "Second officer", Agency.OHCHR.groupId()),
            new Staff("manager2", "Deputy", "Manager", Groups.MANAGERS));

    private final IdentityService identityService;
    private final DemoDataProperties properties;

    DemoPeople(IdentityService identityService, DemoDataProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    /** Adds the extra staff and a focal point for each State without one. */
    void ensure(Collection<String> states) {
        EXTRA_STAFF.forEach(staff -> user(staff.id(), staff.firstName(), staff.lastName(), staff.groupId()));
        for (String state : states) {
            String groupId = Groups.government(state);
            String name = StateNames.name(state, Locale.ENGLISH);
            if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
                Group group = identityService.newGroup(groupId);
                group.setName("Government of " + name);
                group.setType("GOVERNMENT");
                identityService.saveGroup(group);
            }
            if (identityService.createUserQuery().memberOfGroup(groupId).count() == 0) {
                user("gov." + state.toLowerCase(Locale.ROOT), "Focal point", name, groupId);
            }
        }
    }

    /** The State's focal point: the first member of its government group. */
    CurrentUser government(String state) {
        return members(Groups.government(state)).get(0);
    }

    /** The agency's officers who are not managers too: a manager who did the work may not approve it. */
    List<CurrentUser> officers(Agency agency) {
        List<CurrentUser> officers = members(agency.groupId()).stream().filter(u -> !u.isManager()).toList();
        return officers.isEmpty() ? members(agency.groupId()) : officers;
    }

    /** The managers who work for no agency, so that any of them may approve any branch's work (four eyes). */
    List<CurrentUser> managers() {
        List<CurrentUser> managers = members(Groups.MANAGERS).stream().filter(u -> u.agencies().isEmpty()).toList();
        return managers.isEmpty() ? members(Groups.MANAGERS) : managers;
    }

    CurrentUser coordinator() {
        return members(Groups.COORDINATORS).get(0);
    }

    private List<CurrentUser> members(String groupId) {
        List<CurrentUser> members = identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
                .stream().map(user -> asCurrentUser(user.getId())).toList();
        if (members.isEmpty()) {
            throw new IllegalStateException("No demo user in group " + groupId);
        }
        return members;
    }

    private CurrentUser asCurrentUser(String userId) {
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        return new CurrentUser(userId, groups);
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@example.org");
        user.setPassword(properties.password());
        identityService.saveUser(user);
        identityService.createMembership(id, groupId);
    }
}
