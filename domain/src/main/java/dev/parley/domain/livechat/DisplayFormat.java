package dev.parley.domain.livechat;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** How a poll's result is shown: share of votes, vote counts, or both. */
public enum DisplayFormat {
    PERCENT,
    NUMBER,
    NUMBER_PERCENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DisplayFormat parse(String raw) {
        return Arrays.stream(values()).filter(f -> f.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInput("display_format", "must be one of percent, number, number_percent"));
    }
}
