package dev.parley.domain.livechat;

import java.util.Locale;

/** Who sees a message: everyone, or only the person who sent it. */
public enum Visibility {
    ALL,
    SENDER_ONLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
