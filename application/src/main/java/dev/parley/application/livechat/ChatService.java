package dev.parley.application.livechat;

import dev.parley.application.livechat.port.in.ChatUseCase;
import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.ModerationPolicy;
import dev.parley.domain.livechat.ModerationPolicy.MessageBody;
import dev.parley.domain.livechat.ModerationPolicy.Moderated;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomEvents;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.Sender;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Messages: moderated on the way in, stored with their visibility, paged out, deleted or cleared. */
public final class ChatService implements ChatUseCase {
    private final RoomRepository rooms;
    private final ChatMessageRepository messages;
    private final Transactions tx;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public ChatService(RoomRepository rooms, ChatMessageRepository messages, Transactions tx, Outbox outbox, IdGenerator ids, Clock clock) {
        this.rooms = rooms;
        this.messages = messages;
        this.tx = tx;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ChatMessage post(OrganizationId org, RoomId roomId, Sender sender, MessageBody body) {
        return tx.inTransaction(() -> {
            Room room = RoomLookup.require(rooms, org, roomId);
            Instant now = clock.instant();
            Moderated moderated = ModerationPolicy.moderate(room, sender, body, messages.lastBy(org, roomId, sender.userId()), now);
            Optional<String> username = room.settings().disableUsername() ? Optional.empty() : sender.username();
            ChatMessage message = new ChatMessage(new ChatMessageId(ids.newUuid()), roomId, sender.userId(), username,
                    moderated.text(), sender.moderator(), moderated.visibility(), now);
            messages.add(org, message);
            outbox.append(List.of(new RoomEvents.RoomMessageCreated(org, message, now)));
            return message;
        });
    }

    @Override
    public void deleteMessage(OrganizationId org, RoomId room, ChatMessageId id) {
        tx.run(() -> {
            RoomLookup.require(rooms, org, room);
            if (!messages.delete(org, room, id)) {
                throw new NotFound("message", id.value());
            }
        });
    }

    @Override
    public void clearHistory(OrganizationId org, RoomId room) {
        tx.run(() -> {
            RoomLookup.require(rooms, org, room);
            messages.clear(org, room);
        });
    }

    @Override
    public Page<ChatMessage> history(OrganizationId org, RoomId room, PageRequest page, boolean oldestFirst) {
        RoomLookup.require(rooms, org, room);
        return messages.page(org, room, page, oldestFirst);
    }
}
