package dev.parley.application.livechat;

import static dev.parley.application.livechat.PollDraftBuilder.draft;
import static dev.parley.application.livechat.PollDraftBuilder.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LivechatSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.livechat.port.in.PollDraft.OptionDraft;
import dev.parley.application.livechat.port.in.PollView;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.PollState;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.ErrorKind;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PollServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final PollService polls = new PollService(adapters.rooms(), adapters.polls(), adapters.votes(),
            adapters.transactions(), adapters.outbox(), new SequentialIdGenerator(), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private RoomId room;
    private RoomId otherRoom;
    private RoomId otherOrgRoom;
    private final Map<PollId, List<PollOptionId>> optionsOf = new HashMap<>();

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        room = room(org, 901);
        otherRoom = room(org, 902);
        otherOrgRoom = room(otherOrg, 903);
    }

    @Test
    void creating_with_the_question_and_answers_only_applies_the_defaults_and_records_nothing() {
        PollId id = polls.create(org, room, question("Tea or coffee?", "Tea", "Coffee").build());

        Poll stored = adapters.polls().find(org, room, id).orElseThrow();
        assertThat(id).isEqualTo(new PollId(SequentialIdGenerator.uuid(1)));
        assertThat(stored.settings()).isEqualTo(new PollSettings("Tea or coffee?", List.of(
                new PollOption(new PollOptionId(SequentialIdGenerator.uuid(2)), "Tea", false),
                new PollOption(new PollOptionId(SequentialIdGenerator.uuid(3)), "Coffee", false)),
                Optional.empty(), false, PollSettings.DEFAULT_TIME_FOR_RESULT, DisplayFormat.PERCENT, false));
        assertThat(stored.state()).isEqualTo(PollState.CREATED);
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(adapters.outbox().events()).isEmpty();
    }

    @Test
    void creating_without_a_question_or_answers_or_in_an_unknown_room_fails_and_writes_nothing() {
        assertThatThrownBy(() -> polls.create(org, room, draft().options(List.of(new OptionDraft("A", false), new OptionDraft("B", false))).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("query"));
        assertThatThrownBy(() -> polls.create(org, room, draft().query("Why?").build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("options"));
        assertThatThrownBy(() -> polls.create(org, room, question("Only one?", "Yes").build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("options"));
        assertThatThrownBy(() -> polls.create(org, otherOrgRoom, question("Tea or coffee?", "Tea", "Coffee").build()))
                .isInstanceOf(NotFound.class);

        assertThat(adapters.polls().list(org, room)).isEmpty();
        assertThat(adapters.polls().list(otherOrg, otherOrgRoom)).isEmpty();
    }

    @Test
    void an_update_before_opening_changes_the_given_fields_and_keeps_the_others() {
        PollId id = polls.create(org, room, question("Tea or coffee?", "Tea", "Coffee").timeToAnswer(Optional.of(60))
                .displayFormat(DisplayFormat.NUMBER).build());
        clock.advance(Duration.ofSeconds(5));

        polls.update(org, room, id, draft().query("Tea, coffee or water?")
                .options(List.of(new OptionDraft("Tea", false), new OptionDraft("Coffee", false), new OptionDraft("Water", true))).build());

        PollSettings settings = adapters.polls().find(org, room, id).orElseThrow().settings();
        assertThat(settings.query()).isEqualTo("Tea, coffee or water?");
        assertThat(settings.options()).extracting(PollOption::text).containsExactly("Tea", "Coffee", "Water");
        assertThat(settings.options()).extracting(PollOption::correct).containsExactly(false, false, true);
        assertThat(settings.timeToAnswer()).contains(60);
        assertThat(settings.displayFormat()).isEqualTo(DisplayFormat.NUMBER);
        assertThat(adapters.polls().find(org, room, id).orElseThrow().updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void the_time_limit_can_be_removed_before_opening() {
        PollId id = polls.create(org, room, question("Tea or coffee?", "Tea", "Coffee").timeToAnswer(Optional.of(60)).build());

        polls.update(org, room, id, draft().timeToAnswer(Optional.empty()).build());

        assertThat(adapters.polls().find(org, room, id).orElseThrow().settings().timeToAnswer()).isEmpty();
    }

    @Test
    void an_open_or_closed_poll_cannot_be_changed() {
        PollId id = polls.create(org, room, question("Tea or coffee?", "Tea", "Coffee").build());
        polls.open(org, room, id);

        assertConflict(() -> polls.update(org, room, id, draft().query("Changed?").build()), "poll.not_editable");
        polls.close(org, room, id);
        assertConflict(() -> polls.update(org, room, id, draft().query("Changed?").build()), "poll.not_editable");

        assertThat(adapters.polls().find(org, room, id).orElseThrow().settings().query()).isEqualTo("Tea or coffee?");
    }

    @Test
    void a_poll_opens_once_and_closes_once_and_each_step_is_recorded() {
        PollId id = polls.create(org, room, question("Tea or coffee?", "Tea", "Coffee").build());
        assertConflict(() -> polls.close(org, room, id), "poll.not_open");

        polls.open(org, room, id);
        assertThat(adapters.polls().find(org, room, id).orElseThrow().openedAt()).contains(clock.instant());
        assertConflict(() -> polls.open(org, room, id), "poll.not_openable");
        clock.advance(Duration.ofSeconds(30));
        polls.close(org, room, id);
        assertConflict(() -> polls.close(org, room, id), "poll.not_open");
        assertConflict(() -> polls.open(org, room, id), "poll.not_openable");

        Poll stored = adapters.polls().find(org, room, id).orElseThrow();
        assertThat(stored.state()).isEqualTo(PollState.CLOSED);
        assertThat(stored.closedAt()).contains(clock.instant());
        assertThat(adapters.outbox().types()).containsExactly("poll.opened", "poll.closed");
        assertThat(adapters.outbox().events().getFirst().data()).containsEntry("poll_id", id.value().toString())
                .containsEntry("query", "Tea or coffee?");
    }

    @Test
    void a_room_has_one_open_poll_at_a_time() {
        PollId first = polls.create(org, room, question("First?", "Yes", "No").build());
        PollId second = polls.create(org, room, question("Second?", "Yes", "No").build());
        PollId elsewhere = polls.create(org, otherRoom, question("Elsewhere?", "Yes", "No").build());
        polls.open(org, room, first);

        assertConflict(() -> polls.open(org, room, second), "poll.another_open");
        polls.open(org, otherRoom, elsewhere);
        assertThat(adapters.polls().find(org, room, second).orElseThrow().state()).isEqualTo(PollState.CREATED);

        polls.close(org, room, first);
        polls.open(org, room, second);

        assertThat(adapters.polls().findOpen(org, room)).map(Poll::id).contains(second);
        assertThat(adapters.polls().findOpen(org, otherRoom)).map(Poll::id).contains(elsewhere);
    }

    @Test
    void a_later_vote_replaces_the_viewers_earlier_one() {
        PollId id = openPoll(room, Optional.empty());
        PollOptionId tea = option(id, 0);
        PollOptionId coffee = option(id, 1);

        polls.vote(org, room, id, "viewer-1", tea);
        polls.vote(org, room, id, "viewer-2", tea);
        polls.vote(org, room, id, "viewer-1", coffee);

        PollView view = polls.get(org, room, id);
        assertThat(view.votes()).isEqualTo(Map.of(tea, 1L, coffee, 1L));
        assertThat(view.votesFor(tea)).isEqualTo(1);
    }

    @Test
    void votes_are_taken_only_while_the_poll_is_open() {
        PollId created = create(org, room, question("Tea or coffee?", "Tea", "Coffee"));
        assertConflict(() -> polls.vote(org, room, created, "viewer-1", option(created, 0)), "poll.not_open");

        polls.open(org, room, created);
        polls.close(org, room, created);
        assertConflict(() -> polls.vote(org, room, created, "viewer-1", option(created, 0)), "poll.not_open");

        assertThat(adapters.votes().counts(created)).isEmpty();
    }

    @Test
    void a_vote_for_an_option_of_no_poll_or_another_poll_is_invalid() {
        PollId id = openPoll(room, Optional.empty());
        PollId other = openPoll(otherRoom, Optional.empty());

        for (PollOptionId wrong : List.of(new PollOptionId(Seed.uuid(999)), option(other, 0))) {
            assertThatThrownBy(() -> polls.vote(org, room, id, "viewer-1", wrong))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("option_id"));
        }

        assertThat(adapters.votes().counts(id)).isEmpty();
    }

    @Test
    void closing_carries_the_final_counts_in_the_event() {
        PollId id = openPoll(room, Optional.empty());
        polls.vote(org, room, id, "viewer-1", option(id, 1));
        polls.vote(org, room, id, "viewer-2", option(id, 1));
        adapters.outbox().clear();

        polls.close(org, room, id);

        assertThat(adapters.outbox().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("poll.closed");
            assertThat(e.data().get("options")).isEqualTo(List.of(
                    Map.of("id", option(id, 0).value().toString(), "text", "Tea", "is_correct", false, "votes", 0L),
                    Map.of("id", option(id, 1).value().toString(), "text", "Coffee", "is_correct", false, "votes", 2L)));
        });
    }

    @Test
    void a_poll_closed_late_by_the_closer_records_its_deadline_and_refuses_votes_after_it() {
        Instant start = clock.instant();
        PollId poll = openPoll(room, Optional.of(30));

        clock.set(start.plusSeconds(30));
        assertThatThrownBy(() -> polls.vote(org, room, poll, "late-viewer", option(poll, 0)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("poll.not_open"));
        clock.set(start.plusSeconds(95));
        assertThat(polls.closeExpired()).isEqualTo(1);

        assertThat(adapters.polls().find(org, room, poll).orElseThrow().closedAt()).contains(start.plusSeconds(30));
    }

    @Test
    void close_expired_closes_only_the_polls_whose_time_ran_out_in_every_organization() {
        Instant start = clock.instant();
        PollId minute = openPoll(room, Optional.of(60));
        PollId twoMinutes = openPoll(otherRoom, Optional.of(120));
        PollId theirs = openPoll(otherOrg, otherOrgRoom, Optional.of(90));
        RoomId fourthRoom = room(org, 904);
        PollId unlimited = openPoll(fourthRoom, Optional.empty());
        polls.vote(org, room, minute, "viewer-1", option(minute, 0));
        adapters.outbox().clear();

        clock.set(start.plusSeconds(59));
        assertThat(polls.closeExpired()).isZero();
        clock.set(start.plusSeconds(60));
        assertThat(polls.closeExpired()).isEqualTo(1);
        clock.set(start.plusSeconds(120));
        assertThat(polls.closeExpired()).isEqualTo(2);
        assertThat(polls.closeExpired()).isZero();

        assertThat(adapters.polls().find(org, room, minute).orElseThrow().closedAt()).contains(start.plusSeconds(60));
        assertThat(adapters.polls().find(org, otherRoom, twoMinutes).orElseThrow().state()).isEqualTo(PollState.CLOSED);
        assertThat(adapters.polls().find(otherOrg, otherOrgRoom, theirs).orElseThrow().state()).isEqualTo(PollState.CLOSED);
        assertThat(adapters.polls().dueForClosing(start.plusSeconds(86_400), 10)).isEmpty();
        assertThat(adapters.polls().find(org, fourthRoom, unlimited).orElseThrow().state()).isEqualTo(PollState.OPEN);
        assertThat(adapters.outbox().types()).containsExactly("poll.closed", "poll.closed", "poll.closed");
        assertThat(adapters.outbox().events()).extracting(e -> e.data().get("poll_id"))
                .containsExactly(minute.value().toString(), theirs.value().toString(), twoMinutes.value().toString());
        assertThat(adapters.outbox().events().getFirst().data().get("options")).isEqualTo(List.of(
                Map.of("id", option(minute, 0).value().toString(), "text", "Tea", "is_correct", false, "votes", 1L),
                Map.of("id", option(minute, 1).value().toString(), "text", "Coffee", "is_correct", false, "votes", 0L)));
        assertThat(adapters.outbox().events().get(1).organizationId()).isEqualTo(otherOrg);
    }

    @Test
    void deleting_a_poll_removes_it_and_its_votes() {
        PollId id = openPoll(room, Optional.empty());
        polls.vote(org, room, id, "viewer-1", option(id, 0));

        polls.delete(org, room, id);

        assertThatThrownBy(() -> polls.get(org, room, id))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("poll.not_found"));
        assertThat(adapters.votes().counts(id)).isEmpty();
    }

    @Test
    void a_poll_of_another_room_or_organization_is_not_found() {
        PollId id = openPoll(room, Optional.empty());
        PollId theirs = openPoll(otherOrg, otherOrgRoom, Optional.empty());

        assertThatThrownBy(() -> polls.get(org, otherRoom, id))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("poll.not_found"));
        assertThatThrownBy(() -> polls.close(org, otherRoom, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> polls.vote(org, otherRoom, id, "viewer-1", option(id, 0))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> polls.delete(org, otherRoom, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> polls.get(org, otherOrgRoom, theirs))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("room.not_found"));
        assertThatThrownBy(() -> polls.list(org, otherOrgRoom)).isInstanceOf(NotFound.class);
        assertThat(adapters.polls().find(org, room, id).orElseThrow().state()).isEqualTo(PollState.OPEN);
    }

    @Test
    void lists_a_rooms_polls_oldest_first_with_their_votes() {
        PollId first = openPoll(room, Optional.empty());
        polls.vote(org, room, first, "viewer-1", option(first, 1));
        clock.advance(Duration.ofSeconds(1));
        PollId second = polls.create(org, room, question("Later?", "Yes", "No").build());

        List<PollView> views = polls.list(org, room);

        assertThat(views).extracting(v -> v.poll().id()).containsExactly(first, second);
        assertThat(views.get(0).votes()).isEqualTo(Map.of(option(first, 1), 1L));
        assertThat(views.get(1).votes()).isEmpty();
    }

    private PollId openPoll(RoomId in, Optional<Integer> timeToAnswer) {
        return openPoll(org, in, timeToAnswer);
    }

    private PollId openPoll(OrganizationId owner, RoomId in, Optional<Integer> timeToAnswer) {
        PollId id = create(owner, in, question("Tea or coffee?", "Tea", "Coffee").timeToAnswer(timeToAnswer));
        polls.open(owner, in, id);
        return id;
    }

    private PollId create(OrganizationId owner, RoomId in, PollDraftBuilder draft) {
        PollId id = polls.create(owner, in, draft.build());
        optionsOf.put(id, adapters.polls().find(owner, in, id).orElseThrow().settings().options().stream().map(PollOption::id).toList());
        return id;
    }

    private PollOptionId option(PollId poll, int index) {
        return optionsOf.get(poll).get(index);
    }

    private RoomId room(OrganizationId owner, int n) {
        RoomId id = new RoomId(Seed.uuid(n));
        adapters.rooms().save(LivechatSeed.room(owner, id.value(), clock.instant()));
        return id;
    }

    private static void assertConflict(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Conflict.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        });
    }
}
