package org.advisorydesk.record;

import java.util.Collection;
import java.util.Optional;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.Groups;

/**
 * The side someone acted for, as the record keeps it beside their user id: a State's government, an
 * agency, the coordinators, the managers, the administrators, or the system (timers, jobs). A
 * government reads the side of staff entries, never the staff's user ids.
 */
public record ActorSide(Side side, String code) {

    public enum Side { GOVERNMENT, AGENCY, COORDINATORS, MANAGERS, ADMINISTRATORS, SYSTEM }

    public static final ActorSide SYSTEM = new ActorSide(Side.SYSTEM, null);

    public static ActorSide government(String state) {
        return new ActorSide(Side.GOVERNMENT, state);
    }

    public static ActorSide agency(Agency agency) {
        return new ActorSide(Side.AGENCY, agency.name());
    }

    /**
     * The side of someone in these groups: a government first (it never acts for an agency), then an
     * agency, then the coordinators, the managers, the administrators.
     */
    public static ActorSide ofGroups(Collection<String> groups) {
        Optional<String> state = groups.stream().map(Groups::stateOf).flatMap(Optional::stream).sorted().findFirst();
        if (state.isPresent()) {
            return government(state.get());
        }
        Optional<Agency> agency = groups.stream().map(Agency::ofGroup).flatMap(Optional::stream).sorted().findFirst();
        if (agency.isPresent()) {
            return agency(agency.get());
        }
        if (groups.contains(Groups.COORDINATORS)) {
            return new ActorSide(Side.COORDINATORS, null);
        }
        if (groups.contains(Groups.MANAGERS)) {
            return new ActorSide(Side.MANAGERS, null);
        }
        return groups.contains(Groups.ADMINISTRATORS) ? new ActorSide(Side.ADMINISTRATORS, null) : SYSTEM;
    }

    public boolean isGovernment() {
        return side == Side.GOVERNMENT;
    }

    /** As stored: {@code GOVERNMENT:PRY}, {@code AGENCY:OHCHR}, {@code COORDINATORS}, ... */
    public String stored() {
        return code == null ? side.name() : side.name() + ":" + code;
    }

    public static ActorSide parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return SYSTEM;
        }
        int colon = stored.indexOf(':');
        return colon < 0 ? new ActorSide(Side.valueOf(stored), null)
                : new ActorSide(Side.valueOf(stored.substring(0, colon)), stored.substring(colon + 1));
    }

    /** A short name in any language: the agency's or State's code, else the side's key for a bundle. */
    public String label() {
        return code != null ? code : side.name();
    }
}
