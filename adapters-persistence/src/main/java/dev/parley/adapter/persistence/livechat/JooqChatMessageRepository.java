package dev.parley.adapter.persistence.livechat;

import static dev.parley.adapter.persistence.jooq.Tables.CHAT_MESSAGES;
import static dev.parley.adapter.persistence.jooq.Tables.ROOMS;

import dev.parley.adapter.persistence.jooq.tables.records.ChatMessagesRecord;
import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.SenderHistory;
import dev.parley.domain.livechat.Visibility;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Messages in {@code chat_messages}. Each added message is also counted in its second and its minute
 * ({@code chat_message_counts_second}, {@code chat_message_counts_minute}); deleting messages or clearing the
 * history leaves those counts alone, so statistics keep every message ever posted.
 */
public final class JooqChatMessageRepository implements ChatMessageRepository {

    private final DSLContext dsl;

    public JooqChatMessageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(OrganizationId org, ChatMessage message) {
        dsl.insertInto(CHAT_MESSAGES).set(toRecord(org, message)).execute();
        for (CounterTier tier : CounterTier.ALL) {
            count(tier, message.roomId().value(), tier.rowStart(message.timestamp()));
        }
    }

    private void count(CounterTier tier, UUID room, Instant rowStart) {
        dsl.insertInto(tier.table())
                .set(tier.roomId(), room)
                .set(tier.start(), rowStart)
                .set(tier.count(), 1L)
                .onConflict(tier.roomId(), tier.start())
                .doUpdate()
                .set(tier.count(), tier.count().plus(1))
                .execute();
    }

    @Override
    public SenderHistory lastBy(OrganizationId org, RoomId room, String userId) {
        return dsl.select(CHAT_MESSAGES.MESSAGE, CHAT_MESSAGES.POSTED_AT)
                .from(CHAT_MESSAGES)
                .where(inRoom(org, room), CHAT_MESSAGES.USERID.eq(userId))
                .orderBy(CHAT_MESSAGES.POSTED_AT.desc(), CHAT_MESSAGES.ID.desc())
                .limit(1)
                .fetchOptional(r -> new SenderHistory(Optional.of(r.value1()), Optional.of(r.value2())))
                .orElseGet(SenderHistory::none);
    }

    @Override
    public Page<ChatMessage> page(OrganizationId org, RoomId room, PageRequest page, boolean oldestFirst) {
        List<SortField<?>> order = oldestFirst
                ? List.of(CHAT_MESSAGES.POSTED_AT.asc(), CHAT_MESSAGES.ID.asc())
                : List.of(CHAT_MESSAGES.POSTED_AT.desc(), CHAT_MESSAGES.ID.desc());
        List<ChatMessage> items = dsl.selectFrom(CHAT_MESSAGES)
                .where(inRoom(org, room))
                .orderBy(order)
                .limit(page.perPage())
                .offset(page.offset())
                .fetch(JooqChatMessageRepository::toMessage);
        return new Page<>(items, count(org, room), page);
    }

    @Override
    public long count(OrganizationId org, RoomId room) {
        return dsl.fetchCount(CHAT_MESSAGES, inRoom(org, room));
    }

    @Override
    public boolean delete(OrganizationId org, RoomId room, ChatMessageId id) {
        return dsl.deleteFrom(CHAT_MESSAGES).where(inRoom(org, room), CHAT_MESSAGES.ID.eq(id.value())).execute() > 0;
    }

    @Override
    public void clear(OrganizationId org, RoomId room) {
        dsl.deleteFrom(CHAT_MESSAGES).where(inRoom(org, room)).execute();
    }

    /**
     * Reads the per-second counts below a minute's granularity and the per-minute counts from a minute up, so
     * {@code from} is applied at that table's resolution; buckets are aligned to the epoch.
     */
    @Override
    public Map<Instant, Long> postedPerBucket(OrganizationId org, RoomId room, Instant from, int granularitySeconds) {
        CounterTier tier = CounterTier.forGranularity(granularitySeconds);
        Field<Long> bucket = DSL.field("floor(extract(epoch from {0}))::bigint", Long.class,
                DSL.field("date_bin(make_interval(secs => {0}), {1}, timestamptz 'epoch')", Object.class,
                        DSL.inline(granularitySeconds), tier.start()));
        return dsl.select(bucket, DSL.sum(tier.count()).cast(Long.class))
                .from(tier.table())
                .where(tier.roomId().eq(room.value()), tier.start().ge(from), DSL.exists(DSL.selectOne().from(ROOMS)
                        .where(ROOMS.ID.eq(room.value()), ROOMS.ORGANIZATION_ID.eq(org.value()))))
                .groupBy(bucket)
                .fetchMap(r -> Instant.ofEpochSecond(r.value1()), r -> r.value2());
    }

    private static Condition inRoom(OrganizationId org, RoomId room) {
        return CHAT_MESSAGES.ORGANIZATION_ID.eq(org.value()).and(CHAT_MESSAGES.ROOM_ID.eq(room.value()));
    }

    private static ChatMessagesRecord toRecord(OrganizationId org, ChatMessage message) {
        ChatMessagesRecord r = new ChatMessagesRecord();
        r.setId(message.id().value());
        r.setRoomId(message.roomId().value());
        r.setOrganizationId(org.value());
        r.setUserid(message.userId());
        r.setUsername(message.username().orElse(null));
        r.setMessage(message.text());
        r.setModerator(message.moderator());
        r.setVisibility(message.visibility().wireName());
        r.setPostedAt(message.timestamp());
        return r;
    }

    private static ChatMessage toMessage(ChatMessagesRecord r) {
        return new ChatMessage(new ChatMessageId(r.getId()), new RoomId(r.getRoomId()), r.getUserid(),
                Optional.ofNullable(r.getUsername()), r.getMessage(), r.getModerator(), visibility(r.getVisibility()),
                r.getPostedAt());
    }

    private static Visibility visibility(String wireName) {
        return Arrays.stream(Visibility.values())
                .filter(v -> v.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown message visibility in the database: " + wireName));
    }
}
