package dev.parley.domain.livechat;

import java.util.Locale;

/** Why the moderation rules refused a message. */
public enum RejectionReason {
    ROOM_CLOSED,
    NG_WORD,
    LINK_NOT_ALLOWED,
    REPEATED,
    COOLDOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
