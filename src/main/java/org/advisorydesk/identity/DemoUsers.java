package org.advisorydesk.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo groups and users in Camunda's identity service when they are missing. An existing
 * user or group is never changed, so a password set by an administrator stays.
 */
@Component
@Order(0)
@ConditionalOnProperty(prefix = "advisorydesk.demo-data", name = "enabled", havingValue = "true", matchIfMissing = true)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoGroup(String id, String name, String type) {
    }

    record DemoUser(String id, String firstName, String lastName, String groupId) {
    }

    static final List<DemoGroup> GROUPS = List.of(
            new DemoGroup(Groups.government("PRY"), "Government of Paraguay", "GOVERNMENT"),
            new DemoGroup(Groups.government("TUR"), "Government of Türkiye", "GOVERNMENT"),
            new DemoGroup(Groups.government("PHL"), "Government of the Philippines", "GOVERNMENT"),
            new DemoGroup(Groups.COORDINATORS, "Campaign secretariat", "WORKFLOW"),
            new DemoGroup(Agency.ILO.groupId(), "ILO staff", "AGENCY"),
            new DemoGroup(Agency.IOM.groupId(), "IOM staff", "AGENCY"),
            new DemoGroup(Agency.OHCHR.groupId(), "OHCHR staff", "AGENCY"),
            new DemoGroup(Agency.UNESCO.groupId(), "UNESCO staff", "AGENCY"),
            new DemoGroup(Groups.MANAGERS, "Managers", "WORKFLOW"),
            new DemoGroup(Groups.ADMINISTRATORS, "Camunda administrators", "SYSTEM"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("gov.paraguay", "Focal point", "Paraguay", Groups.government("PRY")),
            new DemoUser("gov.turkey", "Focal point", "Türkiye", Groups.government("TUR")),
            new DemoUser("gov.philippines", "Focal point", "Philippines", Groups.government("PHL")),
            new DemoUser("coordinator", "Campaign", "Coordinator", Groups.COORDINATORS),
            new DemoUser("ilo.officer", "ILO", "Officer", Agency.ILO.groupId()),
            new DemoUser("iom.officer", "IOM", "Officer", Agency.IOM.groupId()),
            new DemoUser("ohchr.officer", "OHCHR", "Officer", Agency.OHCHR.groupId()),
            new DemoUser("unesco.officer", "UNESCO", "Officer", Agency.UNESCO.groupId()),
            new DemoUser("manager", "Desk", "Manager", Groups.MANAGERS),
            new DemoUser("admin", "Camunda", "Administrator", Groups.ADMINISTRATORS));

    private final IdentityService identityService;
    private final DemoDataProperties properties;

    DemoUsers(IdentityService identityService, DemoDataProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoGroup demo : GROUPS) {
            if (identityService.createGroupQuery().groupId(demo.id()).count() == 0) {
                Group group = identityService.newGroup(demo.id());
                group.setName(demo.name());
                group.setType(demo.type());
                identityService.saveGroup(group);
            }
        }
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@example.org");
                user.setPassword(properties.password());
                identityService.saveUser(user);
                identityService.createMembership(demo.id(), demo.groupId());
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo users (password '{}')", created, properties.password());
        }
    }
}
