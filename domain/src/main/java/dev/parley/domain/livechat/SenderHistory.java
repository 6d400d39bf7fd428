package dev.parley.domain.livechat;

import java.time.Instant;
import java.util.Optional;

/** What the moderation rules need to know of a sender's previous message in the room. */
public record SenderHistory(Optional<String> lastText, Optional<Instant> lastPostedAt) {
    public static SenderHistory none() {
        return new SenderHistory(Optional.empty(), Optional.empty());
    }
}
