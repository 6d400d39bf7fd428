package dev.parley.domain.livechat;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** What happens to a message with a listed word or a forbidden link: masked, refused, or shown to its sender only. */
public enum ProfanitiesMethod {
    REPLACE,
    REJECT,
    SENDER_ONLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProfanitiesMethod parse(String raw) {
        return Arrays.stream(values()).filter(m -> m.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInput("profanities_method", "must be one of replace, reject, sender_only"));
    }
}
