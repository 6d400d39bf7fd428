package dev.parley.application.contract;

import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.ProfanitiesMethod;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.SigningKey;
import dev.parley.domain.livechat.Visibility;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the rooms, polls and messages the live chat contract suites store. */
public final class LivechatSeed {
    private LivechatSeed() {
    }

    /** A new, unsaved room with the defaults but its name and size. */
    public static Room room(OrganizationId org, UUID id, Instant at) {
        return Room.register(new RoomId(id), org, RoomSettings.defaults("Room " + id, 100), signingKey(1), at);
    }

    /** Settings with every field away from its default. */
    public static RoomSettings customSettings() {
        return new RoomSettings("Live Q&A — 日本語", 2500, true, List.of("example.com", "*.example.org"), true,
                ".chat { color: #333; }", List.of("badword", "ＮＧワード"), ProfanitiesMethod.SENDER_ONLY,
                List.of("10.0.0.1", "192.168.0.0/16"), 30, true, true, true);
    }

    public static SigningKey signingKey(int n) {
        return new SigningKey(String.format("K%031d", n));
    }

    /** A new, unsaved poll with three options, the second one correct, and the given answer time. */
    public static Poll poll(OrganizationId org, RoomId room, UUID id, Optional<Integer> timeToAnswer, Instant at) {
        return Poll.create(new PollId(id), room, org, pollSettings(id, timeToAnswer), at);
    }

    public static PollSettings pollSettings(UUID poll, Optional<Integer> timeToAnswer) {
        return new PollSettings("Which talk was best? " + poll, List.of(
                new PollOption(optionId(poll, 1), "The keynote", false),
                new PollOption(optionId(poll, 2), "Ｐｏｌｌｓ ＆ votes", true),
                new PollOption(optionId(poll, 3), "Closing remarks", false)),
                timeToAnswer, true, 45, DisplayFormat.NUMBER_PERCENT, true);
    }

    /** The n-th (1-based) option id of {@link #poll}. */
    public static PollOptionId optionId(UUID poll, int n) {
        return new PollOptionId(new UUID(poll.getMostSignificantBits() ^ (0x100L * n), poll.getLeastSignificantBits()));
    }

    public static ChatMessage message(RoomId room, UUID id, String userId, String text, Instant at) {
        return new ChatMessage(new ChatMessageId(id), room, userId, Optional.of("Viewer " + userId), text, false, Visibility.ALL, at);
    }
}
