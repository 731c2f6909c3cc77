package dev.simplexbot.sim;

import java.util.Locale;

/** GroupMemberRole of TYPES.md, ordered from least to most privileged. */
public enum GroupRole {
    OBSERVER, AUTHOR, MEMBER, MODERATOR, ADMIN, OWNER;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(GroupRole other) {
        return compareTo(other) >= 0;
    }

    public static GroupRole parse(String value) {
        for (GroupRole role : values()) {
            if (role.json().equals(value)) {
                return role;
            }
        }
        throw ChatErrors.commandError("unknown group member role: " + value);
    }
}
