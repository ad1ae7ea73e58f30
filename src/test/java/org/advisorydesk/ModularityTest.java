package org.advisorydesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The capability packages: no cycles, and only each capability's top-level types are used by others. */
class ModularityTest {

    @Test
    void capabilitiesDependOnEachOtherOnlyThroughTheirTopLevelTypesAndWithoutCycles() {
        ApplicationModules.of(AdvisoryDeskApplication.class).verify();
    }
}
