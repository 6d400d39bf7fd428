package dev.parley.application.fake;

import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.SenderHistory;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Messages in a list, with per-second counts that outlive deletes and clearing as the jOOQ adapter's counters do;
 * statistics from a minute up read those counts at a minute's resolution, like the per-minute table.
 */
public final class InMemoryChatMessageRepository implements ChatMessageRepository {
    private static final int SECONDS_PER_MINUTE = 60;
    private static final Comparator<ChatMessage> OLDEST_FIRST = Comparator.comparing(ChatMessage::timestamp)
            .thenComparing(m -> m.id().value().toString());

    private record Stored(OrganizationId org, ChatMessage message) {
    }

    private record RoomKey(OrganizationId org, RoomId room) {
    }

    private final List<Stored> messages = new ArrayList<>();
    private final Map<RoomKey, TreeMap<Instant, Long>> perSecond = new HashMap<>();

    @Override
    public synchronized void add(OrganizationId org, ChatMessage message) {
        messages.add(new Stored(org, message));
        perSecond.computeIfAbsent(new RoomKey(org, message.roomId()), key -> new TreeMap<>())
                .merge(message.timestamp().truncatedTo(ChronoUnit.SECONDS), 1L, Long::sum);
    }

    @Override
    public synchronized SenderHistory lastBy(OrganizationId org, RoomId room, String userId) {
        return inRoom(org, room).stream()
                .filter(m -> m.userId().equals(userId))
                .max(OLDEST_FIRST)
                .map(m -> new SenderHistory(Optional.of(m.text()), Optional.of(m.timestamp())))
                .orElseGet(SenderHistory::none);
    }

    @Override
    public synchronized Page<ChatMessage> page(OrganizationId org, RoomId room, PageRequest page, boolean oldestFirst) {
        List<ChatMessage> all = inRoom(org, room);
        List<ChatMessage> items = all.stream()
                .sorted(oldestFirst ? OLDEST_FIRST : OLDEST_FIRST.reversed())
                .skip(page.offset())
                .limit(page.perPage())
                .toList();
        return new Page<>(items, all.size(), page);
    }

    @Override
    public synchronized long count(OrganizationId org, RoomId room) {
        return inRoom(org, room).size();
    }

    @Override
    public synchronized boolean delete(OrganizationId org, RoomId room, ChatMessageId id) {
        return messages.removeIf(s -> s.org().equals(org) && s.message().roomId().equals(room) && s.message().id().equals(id));
    }

    @Override
    public synchronized void clear(OrganizationId org, RoomId room) {
        messages.removeIf(s -> s.org().equals(org) && s.message().roomId().equals(room));
    }

    @Override
    public synchronized Map<Instant, Long> postedPerBucket(OrganizationId org, RoomId room, Instant from, int granularitySeconds) {
        Map<Instant, Long> counts = new TreeMap<>();
        perSecond.getOrDefault(new RoomKey(org, room), new TreeMap<>()).forEach((second, count) -> {
            Instant at = granularitySeconds < SECONDS_PER_MINUTE ? second : second.truncatedTo(ChronoUnit.MINUTES);
            if (!at.isBefore(from)) {
                long bucket = Math.floorDiv(at.getEpochSecond(), granularitySeconds) * granularitySeconds;
                counts.merge(Instant.ofEpochSecond(bucket), count, Long::sum);
            }
        });
        return counts;
    }

    /** Forgets a deleted room's messages and counts. */
    synchronized void removeRoom(RoomId room) {
        messages.removeIf(s -> s.message().roomId().equals(room));
        perSecond.keySet().removeIf(key -> key.room().equals(room));
    }

    private List<ChatMessage> inRoom(OrganizationId org, RoomId room) {
        return messages.stream()
                .filter(s -> s.org().equals(org) && s.message().roomId().equals(room))
                .map(Stored::message)
                .toList();
    }
}
