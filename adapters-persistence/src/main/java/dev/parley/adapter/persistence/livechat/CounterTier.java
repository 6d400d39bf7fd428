package dev.parley.adapter.persistence.livechat;

import static dev.parley.adapter.persistence.jooq.Tables.CHAT_MESSAGE_COUNTS_MINUTE;
import static dev.parley.adapter.persistence.jooq.Tables.CHAT_MESSAGE_COUNTS_SECOND;
import static dev.parley.adapter.persistence.jooq.Tables.CHAT_MESSAGE_COUNTS_TEN;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One table of message counters: per second, per ten seconds, per minute. Each message is counted in every tier;
 * statistics read the coarsest tier whose width divides the granularity, so no query sums more than 4,320 rows
 * for the 1,440 buckets a request may ask for.
 */
record CounterTier(int seconds, Table<?> table, Field<UUID> roomId, Field<Instant> start, Field<Long> count) {
    static final List<CounterTier> ALL = List.of(
            new CounterTier(60, CHAT_MESSAGE_COUNTS_MINUTE, CHAT_MESSAGE_COUNTS_MINUTE.ROOM_ID,
                    CHAT_MESSAGE_COUNTS_MINUTE.MINUTE, CHAT_MESSAGE_COUNTS_MINUTE.COUNT),
            new CounterTier(10, CHAT_MESSAGE_COUNTS_TEN, CHAT_MESSAGE_COUNTS_TEN.ROOM_ID,
                    CHAT_MESSAGE_COUNTS_TEN.TEN_SECONDS, CHAT_MESSAGE_COUNTS_TEN.COUNT),
            new CounterTier(1, CHAT_MESSAGE_COUNTS_SECOND, CHAT_MESSAGE_COUNTS_SECOND.ROOM_ID,
                    CHAT_MESSAGE_COUNTS_SECOND.SECOND, CHAT_MESSAGE_COUNTS_SECOND.COUNT));

    /** The coarsest tier that can answer buckets of {@code granularitySeconds}. */
    static CounterTier forGranularity(int granularitySeconds) {
        return ALL.stream().filter(tier -> granularitySeconds % tier.seconds == 0).findFirst().orElseThrow();
    }

    /** The start of the counter row an instant falls in, aligned to the epoch. */
    Instant rowStart(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }
}
