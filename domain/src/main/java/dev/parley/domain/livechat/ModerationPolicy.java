package dev.parley.domain.livechat;

import dev.parley.domain.shared.Text;
import java.time.Duration;
import java.time.Instant;

/**
 * The rules a message must pass before a room accepts it, the same for server-side posts and viewer sockets:
 * a closed room takes only moderators' messages; viewers wait out the cooldown and may not repeat themselves;
 * listed words and (unless the room allows them) links are masked, refused, or shown to the sender only, as the
 * room's {@link ProfanitiesMethod} says. Moderators are exempt from the cooldown and repeat rules only.
 */
public final class ModerationPolicy {
    private ModerationPolicy() {
    }

    /** The text and visibility to store, or {@link MessageRejected} with the reason. */
    public static Moderated moderate(Room room, Sender sender, MessageBody body, SenderHistory history, Instant now) {
        RoomSettings settings = room.settings();
        if (room.status() == RoomStatus.CLOSE && !sender.moderator()) {
            throw new MessageRejected(RejectionReason.ROOM_CLOSED, 0);
        }
        if (!sender.moderator()) {
            checkCooldown(settings, history, now);
        }
        Moderated moderated = screenContent(settings, body.text());
        if (!sender.moderator()) {
            checkRepeat(settings, moderated.text(), history);
        }
        return moderated;
    }

    private static void checkCooldown(RoomSettings settings, SenderHistory history, Instant now) {
        if (settings.cooldownSeconds() == 0 || history.lastPostedAt().isEmpty()) {
            return;
        }
        Instant allowedAt = history.lastPostedAt().get().plusSeconds(settings.cooldownSeconds());
        if (now.isBefore(allowedAt)) {
            long millisLeft = Duration.between(now, allowedAt).toMillis();
            throw new MessageRejected(RejectionReason.COOLDOWN, Math.max(1, Math.ceilDiv(millisLeft, 1000L)));
        }
    }

    /** Compares what would be stored with what was stored last, so a masked repeat is still a repeat. */
    private static void checkRepeat(RoomSettings settings, String text, SenderHistory history) {
        if (settings.allowRepeatedPosts()) {
            return;
        }
        String folded = FoldedText.foldWord(text.strip());
        if (history.lastText().map(last -> FoldedText.foldWord(last.strip()).equals(folded)).orElse(false)) {
            throw new MessageRejected(RejectionReason.REPEATED, 0);
        }
    }

    private static Moderated screenContent(RoomSettings settings, String text) {
        FoldedText folded = FoldedText.of(text);
        boolean hasWord = !ContentScan.words(folded, settings.profanities()).isEmpty();
        boolean hasLink = !settings.allowPostLinks() && !ContentScan.links(folded).isEmpty();
        if (!hasWord && !hasLink) {
            return new Moderated(text, Visibility.ALL);
        }
        return switch (settings.profanitiesMethod()) {
            case REPLACE -> new Moderated(ContentScan.maskWords(text, settings.profanities(), !settings.allowPostLinks()), Visibility.ALL);
            case REJECT -> throw new MessageRejected(hasWord ? RejectionReason.NG_WORD : RejectionReason.LINK_NOT_ALLOWED, 0);
            case SENDER_ONLY -> new Moderated(text, Visibility.SENDER_ONLY);
        };
    }

    /** What moderation lets through: the text to store and who may see it. */
    public record Moderated(String text, Visibility visibility) {
    }

    /** A message body as posted: 1-1000 characters, not blank. */
    public record MessageBody(String text) {
        public static final int MAX_LENGTH = 1000;

        public MessageBody {
            text = Text.requireLine("message", text, MAX_LENGTH);
        }
    }
}
