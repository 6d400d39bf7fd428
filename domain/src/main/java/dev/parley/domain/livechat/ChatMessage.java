package dev.parley.domain.livechat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A message as stored in a room's history, after moderation. */
public record ChatMessage(ChatMessageId id, RoomId roomId, String userId, Optional<String> username, String text,
                          boolean moderator, Visibility visibility, Instant timestamp) {
    public ChatMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
