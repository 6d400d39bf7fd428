package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.fake.MutableClock;
import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.SenderHistory;
import dev.parley.domain.livechat.StatisticsRequest;
import dev.parley.domain.livechat.Visibility;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@link ChatMessageRepository} must do: round-trips, tenancy, paging, lastBy, deletes and statistics. */
public abstract class ChatMessageRepositoryContractTest {
    private ChatMessageRepository messages;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private RoomId room;
    private RoomId otherRoom;
    private RoomId otherOrgRoom;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        Adapters adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        room = new RoomId(uuid(901));
        otherRoom = new RoomId(uuid(902));
        otherOrgRoom = new RoomId(uuid(903));
        adapters.rooms().save(LivechatSeed.room(org, room.value(), T0));
        adapters.rooms().save(LivechatSeed.room(org, otherRoom.value(), T0));
        adapters.rooms().save(LivechatSeed.room(otherOrg, otherOrgRoom.value(), T0));
        messages = adapters.chatMessages();
    }

    @Test
    void a_message_comes_back_with_every_field() {
        ChatMessage full = new ChatMessage(new ChatMessageId(uuid(1)), room, "crm-42", Optional.of("Ada 🚀"),
                "こんにちは ***\nsecond line", true, Visibility.SENDER_ONLY, T0);
        ChatMessage anonymous = new ChatMessage(new ChatMessageId(uuid(2)), room, "viewer-7", Optional.empty(),
                "Hello", false, Visibility.ALL, T0.plusNanos(1_000));
        messages.add(org, full);
        messages.add(org, anonymous);

        assertThat(messages.page(org, room, new PageRequest(1, 10), true).items()).containsExactly(full, anonymous);
        assertThat(messages.count(org, room)).isEqualTo(2);
    }

    @Test
    void messages_of_another_room_or_organization_are_never_seen_or_touched() {
        ChatMessage mine = add(room, 1, "viewer-1", "mine", T0);
        add(otherRoom, 2, "viewer-1", "other room", T0.plusSeconds(1));
        add(otherOrgRoom, 3, "viewer-1", "other organization", T0.plusSeconds(2));

        assertThat(messages.page(org, room, new PageRequest(1, 10), true).items()).containsExactly(mine);
        assertThat(messages.page(otherOrg, room, new PageRequest(1, 10), true).items()).isEmpty();
        assertThat(messages.page(otherOrg, room, new PageRequest(1, 10), true).total()).isZero();
        assertThat(messages.count(otherOrg, room)).isZero();
        assertThat(messages.lastBy(org, room, "viewer-1").lastText()).contains("mine");
        assertThat(messages.lastBy(otherOrg, room, "viewer-1")).isEqualTo(SenderHistory.none());
        assertThat(messages.postedPerBucket(otherOrg, room, T0.minusSeconds(60), 1)).isEmpty();
        assertThat(messages.postedPerBucket(otherOrg, room, T0.minusSeconds(60), 60)).isEmpty();
        assertThat(messages.delete(otherOrg, room, mine.id())).isFalse();
        assertThat(messages.delete(org, otherRoom, mine.id())).isFalse();
        messages.clear(otherOrg, room);
        assertThat(messages.count(org, room)).isEqualTo(1);
        assertThat(messages.count(org, otherRoom)).isEqualTo(1);
        assertThat(messages.count(otherOrg, otherOrgRoom)).isEqualTo(1);
    }

    @Test
    void last_by_is_the_senders_latest_message_in_the_room() {
        add(room, 1, "viewer-1", "first", T0);
        add(room, 2, "viewer-1", "second", T0.plusSeconds(5));
        add(room, 3, "viewer-2", "someone else", T0.plusSeconds(6));
        add(otherRoom, 4, "viewer-1", "another room", T0.plusSeconds(7));

        assertThat(messages.lastBy(org, room, "viewer-1"))
                .isEqualTo(new SenderHistory(Optional.of("second"), Optional.of(T0.plusSeconds(5))));
        assertThat(messages.lastBy(org, room, "viewer-3")).isEqualTo(SenderHistory.none());
    }

    @Test
    void last_by_breaks_a_tie_in_time_by_the_larger_id() {
        add(room, 2, "viewer-1", "larger id", T0);
        add(room, 1, "viewer-1", "smaller id", T0);

        assertThat(messages.lastBy(org, room, "viewer-1").lastText()).contains("larger id");
    }

    @Test
    void delete_removes_one_message_and_says_whether_there_was_one() {
        ChatMessage first = add(room, 1, "viewer-1", "first", T0);
        ChatMessage second = add(room, 2, "viewer-1", "second", T0.plusSeconds(1));

        assertThat(messages.delete(org, room, second.id())).isTrue();
        assertThat(messages.delete(org, room, second.id())).isFalse();

        assertThat(messages.page(org, room, new PageRequest(1, 10), true).items()).containsExactly(first);
        assertThat(messages.lastBy(org, room, "viewer-1").lastText()).contains("first");
    }

    @Test
    void clear_empties_the_rooms_history_only() {
        add(room, 1, "viewer-1", "first", T0);
        add(room, 2, "viewer-1", "second", T0.plusSeconds(1));
        add(otherRoom, 3, "viewer-1", "kept", T0);

        messages.clear(org, room);

        assertThat(messages.count(org, room)).isZero();
        assertThat(messages.lastBy(org, room, "viewer-1")).isEqualTo(SenderHistory.none());
        assertThat(messages.count(org, otherRoom)).isEqualTo(1);
    }

    /** Five messages, two of them at the same instant so the id decides their order. */
    @Nested
    class Paging {
        private List<ChatMessage> oldestFirst;

        @BeforeEach
        void fiveMessages() {
            ChatMessage a = add(room, 5, "viewer-1", "a", T0);
            ChatMessage c = add(room, 3, "viewer-2", "c", T0.plusSeconds(1));
            ChatMessage b = add(room, 2, "viewer-3", "b", T0.plusSeconds(1));
            ChatMessage d = add(room, 1, "viewer-1", "d", T0.plusSeconds(2));
            ChatMessage e = add(room, 4, "viewer-2", "e", T0.plusSeconds(2).plusNanos(1_000));
            add(otherRoom, 6, "viewer-1", "elsewhere", T0);
            oldestFirst = List.of(a, b, c, d, e);
        }

        @Test
        void oldest_first_pages_carry_the_total() {
            Page<ChatMessage> first = messages.page(org, room, new PageRequest(1, 2), true);
            Page<ChatMessage> second = messages.page(org, room, new PageRequest(2, 2), true);
            Page<ChatMessage> third = messages.page(org, room, new PageRequest(3, 2), true);

            assertThat(first.items()).containsExactlyElementsOf(oldestFirst.subList(0, 2));
            assertThat(second.items()).containsExactlyElementsOf(oldestFirst.subList(2, 4));
            assertThat(third.items()).containsExactlyElementsOf(oldestFirst.subList(4, 5));
            assertThat(List.of(first.total(), second.total(), third.total())).containsOnly(5L);
            assertThat(second.request()).isEqualTo(new PageRequest(2, 2));
        }

        @Test
        void newest_first_is_the_exact_reverse() {
            Page<ChatMessage> first = messages.page(org, room, new PageRequest(1, 3), false);
            Page<ChatMessage> second = messages.page(org, room, new PageRequest(2, 3), false);

            assertThat(first.items()).containsExactly(oldestFirst.get(4), oldestFirst.get(3), oldestFirst.get(2));
            assertThat(second.items()).containsExactly(oldestFirst.get(1), oldestFirst.get(0));
            assertThat(first.total()).isEqualTo(5);
        }

        @Test
        void a_page_past_the_end_is_empty_but_keeps_the_total() {
            Page<ChatMessage> beyond = messages.page(org, room, new PageRequest(4, 2), false);

            assertThat(beyond.items()).isEmpty();
            assertThat(beyond.total()).isEqualTo(5);
        }
    }

    /** Messages posted around second, minute and two-minute boundaries, at the times a clock shows. */
    @Nested
    class Statistics {
        private static final Instant FROM = Instant.parse("2024-03-15T14:22:00Z");

        private final MutableClock clock = new MutableClock(Instant.parse("2024-03-15T14:21:59.900000Z"));

        @BeforeEach
        void postAroundBoundaries() {
            int n = 100;
            postAt(room, ++n, null);
            for (String at : List.of("14:22:00.000001", "14:22:00.999999", "14:22:04.250000", "14:22:05", "14:22:59.999999",
                    "14:23:00", "14:24:01.500000")) {
                postAt(room, ++n, at);
            }
            postAt(otherRoom, ++n, "14:22:00.500000");
            postAt(otherOrgRoom, ++n, "14:22:00.500000");
        }

        @Test
        void per_second() {
            assertThat(messages.postedPerBucket(org, room, FROM, 1)).isEqualTo(Map.of(
                    at("14:22:00"), 2L, at("14:22:04"), 1L, at("14:22:05"), 1L, at("14:22:59"), 1L,
                    at("14:23:00"), 1L, at("14:24:01"), 1L));
            assertThat(messages.postedPerBucket(org, room, at("14:22:04"), 1)).isEqualTo(Map.of(
                    at("14:22:04"), 1L, at("14:22:05"), 1L, at("14:22:59"), 1L, at("14:23:00"), 1L, at("14:24:01"), 1L));
        }

        @Test
        void per_five_seconds() {
            assertThat(messages.postedPerBucket(org, room, FROM, 5)).isEqualTo(Map.of(
                    at("14:22:00"), 3L, at("14:22:05"), 1L, at("14:22:55"), 1L, at("14:23:00"), 1L, at("14:24:00"), 1L));
        }

        @Test
        void per_minute() {
            assertThat(messages.postedPerBucket(org, room, FROM, 60)).isEqualTo(Map.of(
                    at("14:22:00"), 5L, at("14:23:00"), 1L, at("14:24:00"), 1L));
        }

        @Test
        void per_two_minutes_aligned_to_the_epoch() {
            assertThat(messages.postedPerBucket(org, room, FROM, 120)).isEqualTo(Map.of(
                    at("14:22:00"), 6L, at("14:24:00"), 1L));
            assertThat(messages.postedPerBucket(org, room, at("14:20:00"), 120)).isEqualTo(Map.of(
                    at("14:20:00"), 1L, at("14:22:00"), 6L, at("14:24:00"), 1L));
        }

        @Test
        void buckets_are_keyed_by_the_starts_a_statistics_request_asks_for() {
            clock.set(at("14:24:30"));
            for (StatisticsRequest request : List.of(new StatisticsRequest(1, 151), new StatisticsRequest(5, 31),
                    new StatisticsRequest(60, 3), new StatisticsRequest(120, 2))) {
                Map<Instant, Long> posted = messages.postedPerBucket(org, room, request.from(clock.instant()), request.granularitySeconds());

                assertThat(request.bucketStarts(clock.instant())).containsAll(posted.keySet());
                assertThat(posted.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(7);
            }
        }

        @Test
        void counts_survive_deleting_messages_and_clearing_the_history() {
            messages.delete(org, room, new ChatMessageId(uuid(102)));
            messages.clear(org, room);

            assertThat(messages.count(org, room)).isZero();
            assertThat(messages.postedPerBucket(org, room, FROM, 5)).isEqualTo(Map.of(
                    at("14:22:00"), 3L, at("14:22:05"), 1L, at("14:22:55"), 1L, at("14:23:00"), 1L, at("14:24:00"), 1L));
            assertThat(messages.postedPerBucket(org, room, FROM, 120)).isEqualTo(Map.of(
                    at("14:22:00"), 6L, at("14:24:00"), 1L));
        }

        private void postAt(RoomId target, int n, String time) {
            if (time != null) {
                clock.set(at(time));
            }
            OrganizationId owner = target.equals(otherOrgRoom) ? otherOrg : org;
            messages.add(owner, LivechatSeed.message(target, uuid(n), "viewer-" + n, "message " + n, clock.instant()));
        }

        private static Instant at(String time) {
            return Instant.parse("2024-03-15T" + time + "Z");
        }
    }

    private ChatMessage add(RoomId target, int n, String userId, String text, Instant at) {
        ChatMessage message = LivechatSeed.message(target, uuid(n), userId, text, at);
        messages.add(target.equals(otherOrgRoom) ? otherOrg : org, message);
        return message;
    }
}
