package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.livechat.port.out.PollRepository;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.PollState;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PollRepository} must do: round-trips, locking, tenancy, one open poll per room, due polls. */
public abstract class PollRepositoryContractTest {
    private Adapters adapters;
    private PollRepository polls;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private RoomId room;
    private RoomId otherRoom;
    private RoomId otherOrgRoom;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        room = new RoomId(uuid(901));
        otherRoom = new RoomId(uuid(902));
        otherOrgRoom = new RoomId(uuid(903));
        adapters.rooms().save(LivechatSeed.room(org, room.value(), T0));
        adapters.rooms().save(LivechatSeed.room(org, otherRoom.value(), T0));
        adapters.rooms().save(LivechatSeed.room(otherOrg, otherOrgRoom.value(), T0));
        polls = adapters.polls();
    }

    @Test
    void a_new_poll_comes_back_with_every_field_at_version_one() {
        Poll created = LivechatSeed.poll(org, room, uuid(1), Optional.of(60), T0);
        polls.save(created);

        Poll found = polls.find(org, room, created.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(created.id());
        assertThat(found.roomId()).isEqualTo(room);
        assertThat(found.organizationId()).isEqualTo(org);
        assertThat(found.settings()).isEqualTo(LivechatSeed.pollSettings(uuid(1), Optional.of(60)));
        assertThat(found.state()).isEqualTo(PollState.CREATED);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
        assertThat(found.openedAt()).isEmpty();
        assertThat(found.closedAt()).isEmpty();
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void a_poll_without_a_time_limit_and_with_other_choices_comes_back_as_it_was() {
        PollSettings settings = new PollSettings("Yes or no?", List.of(new PollOption(new PollOptionId(uuid(11)), "Yes", false),
                new PollOption(new PollOptionId(uuid(12)), "No", false)), Optional.empty(), false, 5, DisplayFormat.PERCENT, false);
        polls.save(Poll.create(new PollId(uuid(1)), room, org, settings, T0));

        assertThat(polls.find(org, room, new PollId(uuid(1))).orElseThrow().settings()).isEqualTo(settings);
    }

    @Test
    void edits_replace_the_options_before_opening() {
        polls.save(LivechatSeed.poll(org, room, uuid(1), Optional.of(60), T0));
        Poll loaded = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        PollSettings edited = LivechatSeed.pollSettings(uuid(2), Optional.empty());
        loaded.edit(edited, T0.plusSeconds(3));
        polls.save(loaded);

        Poll found = polls.find(org, room, loaded.id()).orElseThrow();

        assertThat(found.settings()).isEqualTo(edited);
        assertThat(found.updatedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void opening_and_closing_are_saved_with_their_times() {
        polls.save(LivechatSeed.poll(org, room, uuid(1), Optional.of(60), T0));
        Instant openedAt = T0.plusSeconds(10).plusNanos(1_000);
        Poll opening = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        opening.open(openedAt);
        polls.save(opening);

        Poll open = polls.find(org, room, opening.id()).orElseThrow();
        assertThat(open.state()).isEqualTo(PollState.OPEN);
        assertThat(open.openedAt()).contains(openedAt);
        assertThat(open.closesAt()).contains(openedAt.plusSeconds(60));
        assertThat(open.settings()).isEqualTo(LivechatSeed.pollSettings(uuid(1), Optional.of(60)));

        open.close(Map.of(), openedAt.plusSeconds(20));
        polls.save(open);

        Poll closed = polls.find(org, room, opening.id()).orElseThrow();
        assertThat(closed.state()).isEqualTo(PollState.CLOSED);
        assertThat(closed.openedAt()).contains(openedAt);
        assertThat(closed.closedAt()).contains(openedAt.plusSeconds(20));
        assertThat(closed.updatedAt()).isEqualTo(openedAt.plusSeconds(20));
        assertThat(closed.version()).isEqualTo(3);
    }

    @Test
    void saving_a_stale_copy_is_a_conflict_and_changes_nothing() {
        polls.save(LivechatSeed.poll(org, room, uuid(1), Optional.of(60), T0));
        Poll first = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        Poll second = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        first.open(T0.plusSeconds(1));
        polls.save(first);
        second.edit(LivechatSeed.pollSettings(uuid(2), Optional.empty()), T0.plusSeconds(2));

        assertThatThrownBy(() -> polls.save(second))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("poll.concurrent_update"));

        Poll stored = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        assertThat(stored.state()).isEqualTo(PollState.OPEN);
        assertThat(stored.settings()).isEqualTo(LivechatSeed.pollSettings(uuid(1), Optional.of(60)));
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void a_saved_copy_cannot_be_saved_again() {
        polls.save(LivechatSeed.poll(org, room, uuid(1), Optional.empty(), T0));
        Poll loaded = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        loaded.open(T0.plusSeconds(1));
        polls.save(loaded);

        assertThatThrownBy(() -> polls.save(loaded)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_poll_is_found_only_in_its_own_room_and_organization() {
        polls.save(open(org, room, 1, Optional.empty(), T0));
        PollId id = new PollId(uuid(1));

        assertThat(polls.find(otherOrg, room, id)).isEmpty();
        assertThat(polls.find(org, otherRoom, id)).isEmpty();
        assertThat(polls.find(org, room, new PollId(uuid(99)))).isEmpty();
        assertThat(polls.list(org, otherRoom)).isEmpty();
        assertThat(polls.list(otherOrg, room)).isEmpty();
        assertThat(polls.findOpen(otherOrg, room)).isEmpty();
        assertThat(polls.findOpen(org, otherRoom)).isEmpty();
        polls.delete(otherOrg, room, id);
        polls.delete(org, otherRoom, id);
        assertThat(polls.find(org, room, id)).isPresent();
    }

    @Test
    void lists_a_rooms_polls_oldest_first_with_the_id_breaking_ties() {
        polls.save(LivechatSeed.poll(org, room, uuid(3), Optional.empty(), T0.plusSeconds(1)));
        polls.save(LivechatSeed.poll(org, room, uuid(5), Optional.empty(), T0));
        polls.save(LivechatSeed.poll(org, otherRoom, uuid(4), Optional.empty(), T0));
        polls.save(LivechatSeed.poll(org, room, uuid(2), Optional.empty(), T0.plusSeconds(1)));

        assertThat(polls.list(org, room)).extracting(Poll::id)
                .containsExactly(new PollId(uuid(5)), new PollId(uuid(2)), new PollId(uuid(3)));
        assertThat(polls.list(org, room)).allSatisfy(p -> assertThat(p.settings().options()).hasSize(3));
    }

    @Test
    void find_open_answers_the_rooms_open_poll() {
        polls.save(LivechatSeed.poll(org, room, uuid(1), Optional.empty(), T0));
        assertThat(polls.findOpen(org, room)).isEmpty();

        polls.save(open(org, room, 2, Optional.of(30), T0));

        assertThat(polls.findOpen(org, room)).map(Poll::id).contains(new PollId(uuid(2)));
    }

    @Test
    void a_second_open_poll_in_a_room_is_a_conflict_whether_new_or_loaded() {
        polls.save(open(org, room, 1, Optional.empty(), T0));
        polls.save(LivechatSeed.poll(org, room, uuid(2), Optional.empty(), T0));
        Poll loaded = polls.find(org, room, new PollId(uuid(2))).orElseThrow();
        loaded.open(T0.plusSeconds(1));

        assertThatThrownBy(() -> polls.save(loaded))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("poll.another_open"));
        assertThatThrownBy(() -> polls.save(open(org, room, 3, Optional.empty(), T0)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("poll.another_open"));

        assertThat(polls.find(org, room, new PollId(uuid(2))).orElseThrow().state()).isEqualTo(PollState.CREATED);
        assertThat(polls.find(org, room, new PollId(uuid(3)))).isEmpty();
    }

    @Test
    void each_room_has_its_own_open_poll_and_closing_one_makes_room_for_the_next() {
        polls.save(open(org, room, 1, Optional.empty(), T0));
        polls.save(open(org, otherRoom, 2, Optional.empty(), T0));
        polls.save(LivechatSeed.poll(org, room, uuid(3), Optional.empty(), T0));
        Poll first = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        first.close(Map.of(), T0.plusSeconds(5));
        polls.save(first);
        Poll next = polls.find(org, room, new PollId(uuid(3))).orElseThrow();
        next.open(T0.plusSeconds(6));

        polls.save(next);

        assertThat(polls.findOpen(org, room)).map(Poll::id).contains(new PollId(uuid(3)));
        assertThat(polls.findOpen(org, otherRoom)).map(Poll::id).contains(new PollId(uuid(2)));
    }

    @Test
    void deleting_a_poll_deletes_its_votes() {
        polls.save(open(org, room, 1, Optional.empty(), T0));
        polls.save(open(org, otherRoom, 2, Optional.empty(), T0));
        adapters.votes().record(new PollId(uuid(1)), "viewer-1", LivechatSeed.optionId(uuid(1), 1), T0);
        adapters.votes().record(new PollId(uuid(2)), "viewer-1", LivechatSeed.optionId(uuid(2), 1), T0);

        polls.delete(org, room, new PollId(uuid(1)));

        assertThat(polls.find(org, room, new PollId(uuid(1)))).isEmpty();
        assertThat(adapters.votes().counts(new PollId(uuid(1)))).isEmpty();
        assertThat(adapters.votes().counts(new PollId(uuid(2)))).hasSize(1);
    }

    @Test
    void due_for_closing_lists_open_polls_of_every_organization_whose_time_ran_out_soonest_first() {
        polls.save(open(org, room, 1, Optional.of(60), T0));
        polls.save(open(otherOrg, otherOrgRoom, 2, Optional.of(30), T0.plusSeconds(10)));
        polls.save(open(org, otherRoom, 3, Optional.empty(), T0));
        polls.save(LivechatSeed.poll(org, room, uuid(4), Optional.of(5), T0));

        assertThat(ids(polls.dueForClosing(T0.plusSeconds(40).minusNanos(1_000), 10))).isEmpty();
        assertThat(ids(polls.dueForClosing(T0.plusSeconds(40), 10))).containsExactly(uuid(2));
        assertThat(ids(polls.dueForClosing(T0.plusSeconds(3600), 10))).containsExactly(uuid(2), uuid(1));
        assertThat(ids(polls.dueForClosing(T0.plusSeconds(3600), 1))).containsExactly(uuid(2));
        assertThat(polls.dueForClosing(T0.plusSeconds(3600), 10).getFirst().organizationId()).isEqualTo(otherOrg);
    }

    @Test
    void a_closed_poll_is_no_longer_due() {
        polls.save(open(org, room, 1, Optional.of(5), T0));
        Poll loaded = polls.find(org, room, new PollId(uuid(1))).orElseThrow();
        loaded.close(Map.of(), T0.plusSeconds(2));
        polls.save(loaded);

        assertThat(polls.dueForClosing(T0.plusSeconds(3600), 10)).isEmpty();
    }

    private static Poll open(OrganizationId owner, RoomId in, int n, Optional<Integer> timeToAnswer, Instant at) {
        Poll poll = LivechatSeed.poll(owner, in, uuid(n), timeToAnswer, at);
        poll.open(at);
        return poll;
    }

    private static List<UUID> ids(List<Poll> due) {
        return due.stream().map(p -> p.id().value()).toList();
    }
}
