package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.application.livechat.port.out.PollRepository;
import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.application.livechat.port.out.VoteRepository;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.RoomStatus;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoomRepository} must do: round-trips, optimistic locking, tenancy, order, cascading deletes. */
public abstract class RoomRepositoryContractTest {
    private Adapters adapters;
    private RoomRepository rooms;
    private OrganizationId org;
    private OrganizationId otherOrg;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        rooms = adapters.rooms();
    }

    @Test
    void a_new_room_comes_back_with_every_field_at_version_one() {
        Room registered = Room.register(new RoomId(uuid(1)), org, LivechatSeed.customSettings(), LivechatSeed.signingKey(7), T0);
        rooms.save(registered);

        Room found = rooms.find(org, registered.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(registered.id());
        assertThat(found.organizationId()).isEqualTo(org);
        assertThat(found.settings()).isEqualTo(LivechatSeed.customSettings());
        assertThat(found.status()).isEqualTo(RoomStatus.OPEN);
        assertThat(found.signingKey()).isEqualTo(LivechatSeed.signingKey(7));
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void default_settings_with_empty_lists_come_back_as_they_were() {
        rooms.save(LivechatSeed.room(org, uuid(1), T0));

        assertThat(rooms.find(org, new RoomId(uuid(1))).orElseThrow().settings())
                .isEqualTo(RoomSettings.defaults("Room " + uuid(1), 100));
    }

    @Test
    void changes_are_saved_and_the_version_moves_on() {
        rooms.save(LivechatSeed.room(org, uuid(1), T0));
        Instant later = T0.plusSeconds(90).plusNanos(1_000);
        Room loaded = rooms.find(org, new RoomId(uuid(1))).orElseThrow();
        loaded.reconfigure(LivechatSeed.customSettings(), later);
        loaded.close(later);
        loaded.rotateSigningKey(LivechatSeed.signingKey(2), later);
        rooms.save(loaded);

        Room found = rooms.find(org, loaded.id()).orElseThrow();

        assertThat(found.settings()).isEqualTo(LivechatSeed.customSettings());
        assertThat(found.status()).isEqualTo(RoomStatus.CLOSE);
        assertThat(found.signingKey()).isEqualTo(LivechatSeed.signingKey(2));
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(later);
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void saving_a_stale_copy_is_a_conflict_and_changes_nothing() {
        rooms.save(LivechatSeed.room(org, uuid(1), T0));
        Room first = rooms.find(org, new RoomId(uuid(1))).orElseThrow();
        Room second = rooms.find(org, new RoomId(uuid(1))).orElseThrow();
        first.close(T0.plusSeconds(1));
        rooms.save(first);
        second.rotateSigningKey(LivechatSeed.signingKey(9), T0.plusSeconds(2));

        assertThatThrownBy(() -> rooms.save(second))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("room.concurrent_update"));

        Room stored = rooms.find(org, new RoomId(uuid(1))).orElseThrow();
        assertThat(stored.status()).isEqualTo(RoomStatus.CLOSE);
        assertThat(stored.signingKey()).isEqualTo(LivechatSeed.signingKey(1));
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void a_saved_copy_cannot_be_saved_again() {
        rooms.save(LivechatSeed.room(org, uuid(1), T0));
        Room loaded = rooms.find(org, new RoomId(uuid(1))).orElseThrow();
        loaded.close(T0.plusSeconds(1));
        rooms.save(loaded);

        assertThatThrownBy(() -> rooms.save(loaded)).isInstanceOf(Conflict.class);
    }

    @Test
    void another_organizations_room_is_not_found_listed_changed_or_deleted() {
        rooms.save(LivechatSeed.room(org, uuid(1), T0));
        Room loaded = rooms.find(org, new RoomId(uuid(1))).orElseThrow();
        Room forged = Room.rehydrate(loaded.id(), otherOrg, loaded.settings(), RoomStatus.CLOSE, loaded.signingKey(),
                loaded.createdAt(), loaded.updatedAt(), loaded.version());

        assertThat(rooms.find(otherOrg, new RoomId(uuid(1)))).isEmpty();
        assertThat(rooms.find(org, new RoomId(uuid(99)))).isEmpty();
        assertThat(rooms.list(otherOrg)).isEmpty();
        assertThatThrownBy(() -> rooms.save(forged)).isInstanceOf(Conflict.class);
        rooms.delete(otherOrg, new RoomId(uuid(1)));
        assertThat(rooms.find(org, new RoomId(uuid(1))).orElseThrow().status()).isEqualTo(RoomStatus.OPEN);
    }

    @Test
    void lists_the_organizations_rooms_oldest_first_with_the_id_breaking_ties() {
        rooms.save(LivechatSeed.room(org, uuid(3), T0.plusSeconds(1)));
        rooms.save(LivechatSeed.room(org, uuid(5), T0));
        rooms.save(LivechatSeed.room(otherOrg, uuid(4), T0));
        rooms.save(LivechatSeed.room(org, uuid(2), T0.plusSeconds(1)));

        assertThat(rooms.list(org)).extracting(Room::id)
                .containsExactly(new RoomId(uuid(5)), new RoomId(uuid(2)), new RoomId(uuid(3)));
        assertThat(rooms.list(otherOrg)).extracting(Room::id).containsExactly(new RoomId(uuid(4)));
    }

    @Test
    void deleting_a_room_deletes_its_messages_counts_polls_and_votes_and_nothing_else() {
        RoomId doomed = roomWithContent(uuid(1), 10);
        RoomId kept = roomWithContent(uuid(2), 20);

        rooms.delete(org, doomed);

        ChatMessageRepository messages = adapters.chatMessages();
        PollRepository polls = adapters.polls();
        VoteRepository votes = adapters.votes();
        assertThat(rooms.find(org, doomed)).isEmpty();
        assertThat(messages.count(org, doomed)).isZero();
        assertThat(messages.page(org, doomed, new PageRequest(1, 10), true).items()).isEmpty();
        assertThat(messages.postedPerBucket(org, doomed, T0.minusSeconds(60), 1)).isEmpty();
        assertThat(messages.postedPerBucket(org, doomed, T0.minusSeconds(60), 60)).isEmpty();
        assertThat(polls.list(org, doomed)).isEmpty();
        assertThat(votes.counts(new PollId(uuid(10)))).isEmpty();
        assertThat(rooms.find(org, kept)).isPresent();
        assertThat(messages.count(org, kept)).isEqualTo(1);
        assertThat(messages.postedPerBucket(org, kept, T0.minusSeconds(60), 1)).hasSize(1);
        assertThat(polls.list(org, kept)).hasSize(1);
        assertThat(votes.counts(new PollId(uuid(20)))).hasSize(1);
    }

    private RoomId roomWithContent(UUID id, int n) {
        Room room = LivechatSeed.room(org, id, T0);
        rooms.save(room);
        adapters.chatMessages().add(org, LivechatSeed.message(room.id(), uuid(n + 1), "viewer-1", "Hello", T0));
        Poll poll = LivechatSeed.poll(org, room.id(), uuid(n), Optional.empty(), T0);
        poll.open(T0);
        adapters.polls().save(poll);
        adapters.votes().record(poll.id(), "viewer-1", LivechatSeed.optionId(uuid(n), 1), T0);
        return room.id();
    }
}
