package dev.parley.domain.livechat;

import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.ErrorKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** A message the room's moderation rules refused; {@code secondsLeft} is set for a cooldown. */
public final class MessageRejected extends DomainException {
    public static final String CODE = "message.rejected";
    private final RejectionReason reason;
    private final long secondsLeft;

    public MessageRejected(RejectionReason reason, long secondsLeft) {
        super(ErrorKind.INVALID, CODE, describe(reason, secondsLeft));
        this.reason = reason;
        this.secondsLeft = secondsLeft;
    }

    public RejectionReason reason() {
        return reason;
    }

    public long secondsLeft() {
        return secondsLeft;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason.wireName());
        if (reason == RejectionReason.COOLDOWN) {
            details.put("seconds_left", secondsLeft);
        }
        return details;
    }

    private static String describe(RejectionReason reason, long secondsLeft) {
        return switch (reason) {
            case ROOM_CLOSED -> "The room is closed; only moderators can post.";
            case NG_WORD -> "The message contains a word this room does not allow.";
            case LINK_NOT_ALLOWED -> "This room does not allow links.";
            case REPEATED -> "The same message cannot be sent twice in a row.";
            case COOLDOWN -> "Please wait " + secondsLeft + " seconds before posting again.";
        };
    }
}
