package dev.parley.adapter.http.livechat;

import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The live chat surface's ids: canonical lower-case UUID text. */
final class LivechatIds {
    private static final Pattern UUID_TEXT = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private LivechatIds() {
    }

    static RoomId room(String raw) {
        return uuid(raw).map(RoomId::new).orElseThrow(() -> new NotFound("room", raw));
    }

    static PollId poll(String raw) {
        return uuid(raw).map(PollId::new).orElseThrow(() -> new NotFound("poll", raw));
    }

    static ChatMessageId message(String raw) {
        return uuid(raw).map(ChatMessageId::new).orElseThrow(() -> new NotFound("message", raw));
    }

    static PollOptionId option(String field, String raw) {
        return uuid(raw).map(PollOptionId::new).orElseThrow(() -> new InvalidInput(field, "must be a UUID"));
    }

    private static Optional<UUID> uuid(String raw) {
        return raw != null && UUID_TEXT.matcher(raw).matches() ? Optional.of(UUID.fromString(raw)) : Optional.empty();
    }
}
