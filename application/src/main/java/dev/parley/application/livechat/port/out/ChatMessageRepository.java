package dev.parley.application.livechat.port.out;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.SenderHistory;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Map;

/** A room's message history, and per-second counts of messages posted that outlive clearing the history. */
public interface ChatMessageRepository {
    /** Stores the message and counts it in its second. */
    void add(OrganizationId org, ChatMessage message);

    /** The sender's latest stored message in the room, for the cooldown and repeat rules. */
    SenderHistory lastBy(OrganizationId org, RoomId room, String userId);

    Page<ChatMessage> page(OrganizationId org, RoomId room, PageRequest page, boolean oldestFirst);

    long count(OrganizationId org, RoomId room);

    /** Removes one message; false when the room has no such message. */
    boolean delete(OrganizationId org, RoomId room, ChatMessageId id);

    void clear(OrganizationId org, RoomId room);

    /** Messages posted per bucket of {@code granularitySeconds} from {@code from} on, keyed by bucket start. */
    Map<Instant, Long> postedPerBucket(OrganizationId org, RoomId room, Instant from, int granularitySeconds);
}
