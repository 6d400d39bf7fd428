package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.livechat.port.out.VoteRepository;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link VoteRepository} must do: one vote per viewer and poll, counted per option. */
public abstract class VoteRepositoryContractTest {
    private VoteRepository votes;
    private PollId poll;
    private PollId otherPoll;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        Adapters adapters = adapters();
        OrganizationId org = new Seed(adapters).organization(1, "acme");
        RoomId room = new RoomId(uuid(901));
        RoomId otherRoom = new RoomId(uuid(902));
        adapters.rooms().save(LivechatSeed.room(org, room.value(), T0));
        adapters.rooms().save(LivechatSeed.room(org, otherRoom.value(), T0));
        poll = openPoll(adapters, org, room, 1);
        otherPoll = openPoll(adapters, org, otherRoom, 2);
        votes = adapters.votes();
    }

    @Test
    void a_poll_without_votes_has_no_counts() {
        assertThat(votes.counts(poll)).isEmpty();
    }

    @Test
    void counts_votes_per_option_leaving_out_options_nobody_chose() {
        votes.record(poll, "viewer-1", option(poll, 1), T0);
        votes.record(poll, "viewer-2", option(poll, 1), T0.plusSeconds(1));
        votes.record(poll, "viewer-3", option(poll, 2), T0.plusSeconds(2));

        assertThat(votes.counts(poll)).isEqualTo(Map.of(option(poll, 1), 2L, option(poll, 2), 1L));
    }

    @Test
    void a_later_vote_replaces_the_earlier_one() {
        votes.record(poll, "viewer-1", option(poll, 1), T0);
        votes.record(poll, "viewer-2", option(poll, 1), T0);
        votes.record(poll, "viewer-1", option(poll, 3), T0.plusSeconds(5));

        assertThat(votes.counts(poll)).isEqualTo(Map.of(option(poll, 1), 1L, option(poll, 3), 1L));
    }

    @Test
    void voting_again_for_the_same_option_still_counts_once() {
        votes.record(poll, "viewer-1", option(poll, 2), T0);
        votes.record(poll, "viewer-1", option(poll, 2), T0.plusSeconds(1));

        assertThat(votes.counts(poll)).isEqualTo(Map.of(option(poll, 2), 1L));
    }

    @Test
    void each_poll_counts_only_its_own_votes() {
        votes.record(poll, "viewer-1", option(poll, 1), T0);
        votes.record(otherPoll, "viewer-1", option(otherPoll, 2), T0);
        votes.record(otherPoll, "viewer-2", option(otherPoll, 2), T0);

        assertThat(votes.counts(poll)).isEqualTo(Map.of(option(poll, 1), 1L));
        assertThat(votes.counts(otherPoll)).isEqualTo(Map.of(option(otherPoll, 2), 2L));
    }

    private static PollId openPoll(Adapters adapters, OrganizationId org, RoomId room, int n) {
        Poll poll = LivechatSeed.poll(org, room, uuid(n), Optional.empty(), T0);
        poll.open(T0);
        adapters.polls().save(poll);
        return poll.id();
    }

    private static PollOptionId option(PollId poll, int n) {
        return LivechatSeed.optionId(poll.value(), n);
    }
}
