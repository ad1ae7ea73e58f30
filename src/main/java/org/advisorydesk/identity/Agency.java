package org.advisorydesk.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four agencies of the joint statement of 1 July 2003; each has one staff group. */
public enum Agency {
    ILO, IOM, OHCHR, UNESCO;

    /** The identity group whose members are this agency's staff, e.g. {@code ohchr}. */
    public String groupId() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Agency> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(a -> a.groupId().equals(groupId)).findFirst();
    }
}
