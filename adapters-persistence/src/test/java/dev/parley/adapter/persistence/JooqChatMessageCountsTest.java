package dev.parley.adapter.persistence;

import static dev.parley.adapter.persistence.jooq.Tables.CHAT_MESSAGE_COUNTS_MINUTE;
import static dev.parley.adapter.persistence.jooq.Tables.CHAT_MESSAGE_COUNTS_SECOND;
import static dev.parley.adapter.persistence.jooq.Tables.CHAT_MESSAGE_COUNTS_TEN;
import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LivechatSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each added message is upserted into its second's, ten seconds' and minute's rows; statistics read the coarsest tier that fits. */
class JooqChatMessageCountsTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    private ChatMessageRepository messages;
    private DSLContext sql;
    private OrganizationId org;
    private RoomId room;

    @BeforeEach
    void seed() {
        Adapters adapters = DATABASE.emptyAdapters();
        org = new Seed(adapters).organization(1, "acme");
        room = new RoomId(uuid(901));
        adapters.rooms().save(LivechatSeed.room(org, room.value(), T0));
        messages = adapters.chatMessages();
        sql = DATABASE.sql();
        List<String> times = List.of("14:22:00.100000", "14:22:00.900000", "14:22:01.000000", "14:23:30.000000");
        for (int n = 0; n < times.size(); n++) {
            messages.add(org, LivechatSeed.message(room, uuid(100 + n), "viewer-1", "hi", at(times.get(n))));
        }
    }

    @Test
    void adding_upserts_one_row_per_second_per_ten_seconds_and_per_minute() {
        assertThat(sql.selectFrom(CHAT_MESSAGE_COUNTS_SECOND).fetchMap(CHAT_MESSAGE_COUNTS_SECOND.SECOND, CHAT_MESSAGE_COUNTS_SECOND.COUNT))
                .isEqualTo(Map.of(at("14:22:00"), 2L, at("14:22:01"), 1L, at("14:23:30"), 1L));
        assertThat(sql.selectFrom(CHAT_MESSAGE_COUNTS_TEN).fetchMap(CHAT_MESSAGE_COUNTS_TEN.TEN_SECONDS, CHAT_MESSAGE_COUNTS_TEN.COUNT))
                .isEqualTo(Map.of(at("14:22:00"), 3L, at("14:23:30"), 1L));
        assertThat(sql.selectFrom(CHAT_MESSAGE_COUNTS_MINUTE).fetchMap(CHAT_MESSAGE_COUNTS_MINUTE.MINUTE, CHAT_MESSAGE_COUNTS_MINUTE.COUNT))
                .isEqualTo(Map.of(at("14:22:00"), 3L, at("14:23:00"), 1L));
    }

    @Test
    void statistics_read_the_coarsest_tier_whose_width_divides_the_granularity() {
        sql.deleteFrom(CHAT_MESSAGE_COUNTS_SECOND).execute();

        assertThat(messages.postedPerBucket(org, room, at("14:22:00"), 1)).isEmpty();
        assertThat(messages.postedPerBucket(org, room, at("14:22:00"), 5)).isEmpty();
        assertThat(messages.postedPerBucket(org, room, at("14:22:00"), 10)).isEqualTo(Map.of(at("14:22:00"), 3L, at("14:23:30"), 1L));
        assertThat(messages.postedPerBucket(org, room, at("14:22:00"), 30)).isEqualTo(Map.of(at("14:22:00"), 3L, at("14:23:30"), 1L));
        sql.deleteFrom(CHAT_MESSAGE_COUNTS_TEN).execute();
        assertThat(messages.postedPerBucket(org, room, at("14:22:00"), 30)).isEmpty();
        assertThat(messages.postedPerBucket(org, room, at("14:22:00"), 60)).isEqualTo(Map.of(at("14:22:00"), 3L, at("14:23:00"), 1L));
        assertThat(messages.postedPerBucket(org, room, at("14:22:00"), 120)).isEqualTo(Map.of(at("14:22:00"), 4L));
    }

    private static Instant at(String time) {
        return Instant.parse("2024-03-15T" + time + "Z");
    }
}
