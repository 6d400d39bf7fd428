package dev.parley.domain.livechat;

import dev.parley.domain.shared.Text;
import java.util.Objects;

/** One answer a poll offers, and whether it is the correct one. */
public record PollOption(PollOptionId id, String text, boolean correct) {
    public static final int MAX_TEXT = 100;

    public PollOption {
        Objects.requireNonNull(id, "id");
        text = Text.requireLine("options.text", text, MAX_TEXT);
    }
}
