package dev.parley.application.livechat.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.ModerationPolicy.MessageBody;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.Sender;
import dev.parley.domain.shared.OrganizationId;

/** Posts messages through the room's moderation rules, and manages the history. */
public interface ChatUseCase {
    /** Stores the message as moderation lets it through; throws {@code MessageRejected} otherwise. */
    ChatMessage post(OrganizationId org, RoomId room, Sender sender, MessageBody body);

    void deleteMessage(OrganizationId org, RoomId room, ChatMessageId id);

    void clearHistory(OrganizationId org, RoomId room);

    Page<ChatMessage> history(OrganizationId org, RoomId room, PageRequest page, boolean oldestFirst);
}
