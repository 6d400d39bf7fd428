package dev.parley.domain.livechat;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.livechat.PollEvents.PollClosed;
import dev.parley.domain.livechat.PollEvents.PollOpened;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.ErrorKind;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class PollTest {
    private static final Instant CREATED_AT = Instant.parse("2024-03-15T14:23:00Z");
    private static final OrganizationId ORG = new OrganizationId(42);
    private static final RoomId ROOM = new RoomId(UUID.fromString("d88c41e1-eefb-4251-85d6-5bfd85c755c4"));
    private static final PollId POLL = new PollId(UUID.fromString("4a366ca5-37c3-4464-9cd7-fba2149a82f0"));
    private static final PollOptionId FOREIGN_OPTION = new PollOptionId(new UUID(9, 9));

    private static PollOption option(int number, String text, boolean correct) {
        return new PollOption(new PollOptionId(new UUID(1, number)), text, correct);
    }

    private static final List<PollSettings> SETTINGS = List.of(
            new PollSettings("今日の天気は?", List.of(option(1, "晴れ", true), option(2, "雨", false), option(3, "くもり", false)),
                    Optional.of(30), true, 15, DisplayFormat.PERCENT, false),
            new PollSettings("Best language?", List.of(option(4, "Java", true), option(5, "Kotlin", false)),
                    Optional.empty(), false, PollSettings.DEFAULT_TIME_FOR_RESULT, DisplayFormat.NUMBER, true),
            new PollSettings("Pick one", IntStream.rangeClosed(10, 19).mapToObj(i -> option(i, "option " + i, i == 10)).toList(),
                    Optional.of(5), true, 5, DisplayFormat.NUMBER_PERCENT, true));

    /** Something attempted on a poll, at an offset from its creation that may lie before earlier steps. */
    sealed interface Operation {
        long offsetSeconds();
    }

    record Edit(int settingsIndex, long offsetSeconds) implements Operation {
    }

    record Open(long offsetSeconds) implements Operation {
    }

    record Close(long offsetSeconds) implements Operation {
    }

    /** A vote for the n-th option of the poll's current settings, or for an option of no poll when n is past the end. */
    record Vote(int optionIndex, long offsetSeconds) implements Operation {
    }

    /** What could be observed of a poll. */
    record State(PollState state, PollSettings settings, Instant createdAt, Instant updatedAt, Optional<Instant> openedAt,
                 Optional<Instant> closedAt, Optional<Instant> closesAt) {
        static State of(Poll poll) {
            return new State(poll.state(), poll.settings(), poll.createdAt(), poll.updatedAt(), poll.openedAt(), poll.closedAt(),
                    poll.closesAt());
        }
    }

    /** One attempt: the state around it, what it threw if anything, the events it recorded, the votes counted so far. */
    record Step(State before, Operation operation, Instant at, Optional<RuntimeException> thrown, List<DomainEvent> events,
                Map<PollOptionId, Long> votes, State after) {
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Long> offsets = Arbitraries.longs().between(-600, 86_400);
        return Arbitraries.<Operation>frequencyOf(
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, SETTINGS.size() - 1), offsets)
                        .as(Edit::new)),
                Tuple.of(1, offsets.map(Open::new)),
                Tuple.of(1, offsets.map(Close::new)),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, 10), offsets).as(Vote::new)))
                .list().ofMaxSize(30);
    }

    private static Poll newPoll() {
        return Poll.create(POLL, ROOM, ORG, SETTINGS.getFirst(), CREATED_AT);
    }

    private static List<Step> play(List<Operation> operations) {
        Poll poll = newPoll();
        Map<PollOptionId, Long> votes = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        for (Operation operation : operations) {
            State before = State.of(poll);
            Instant at = CREATED_AT.plusSeconds(operation.offsetSeconds());
            Optional<RuntimeException> thrown = Optional.empty();
            try {
                switch (operation) {
                    case Edit e -> poll.edit(SETTINGS.get(e.settingsIndex()), at);
                    case Open ignored -> poll.open(at);
                    case Close ignored -> poll.close(Map.copyOf(votes), at);
                    case Vote v -> {
                        PollOptionId option = optionFor(before.settings(), v.optionIndex());
                        poll.acceptVote(option, at);
                        votes.merge(option, 1L, Long::sum);
                    }
                }
            } catch (RuntimeException e) {
                thrown = Optional.of(e);
            }
            steps.add(new Step(before, operation, at, thrown, poll.pullEvents(), Map.copyOf(votes), State.of(poll)));
        }
        return steps;
    }

    private static PollOptionId optionFor(PollSettings settings, int index) {
        return index < settings.options().size() ? settings.options().get(index).id() : FOREIGN_OPTION;
    }

    /** The conflict code an attempt must fail with in the state before it, or empty when it is allowed. */
    private static Optional<String> refusal(Step step) {
        PollState state = step.before().state();
        boolean answerTimeOver = step.before().closesAt().filter(deadline -> !step.at().isBefore(deadline)).isPresent();
        return switch (step.operation()) {
            case Edit ignored -> state == PollState.CREATED ? Optional.empty() : Optional.of("poll.not_editable");
            case Open ignored -> state == PollState.CREATED ? Optional.empty() : Optional.of("poll.not_openable");
            case Close ignored -> state == PollState.OPEN ? Optional.empty() : Optional.of("poll.not_open");
            case Vote ignored -> state == PollState.OPEN && !answerTimeOver ? Optional.empty() : Optional.of("poll.not_open");
        };
    }

    private static boolean isForeignVote(Step step) {
        return step.operation() instanceof Vote v && v.optionIndex() >= step.before().settings().options().size();
    }

    @Property
    void onlyTheMovesTheStateAllowsSucceedAndTheRestThrowTheirConflict(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            Optional<String> refusal = refusal(step);
            if (refusal.isPresent()) {
                assertThat(step.thrown()).get().isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.code()).isEqualTo(refusal.get());
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
            } else if (isForeignVote(step)) {
                assertThat(step.thrown()).get().isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("option_id"));
            } else {
                assertThat(step.thrown()).isEmpty();
            }
        }
    }

    @Property
    void theStateMovesOnlyFromCreatedToOpenToClosed(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            PollState expected = step.thrown().isPresent() ? step.before().state() : switch (step.operation()) {
                case Open ignored -> PollState.OPEN;
                case Close ignored -> PollState.CLOSED;
                default -> step.before().state();
            };
            assertThat(step.after().state()).isEqualTo(expected);
        }
    }

    @Property
    void aRefusedAttemptChangesNothingAndRecordsNothing(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (step.thrown().isPresent() || step.operation() instanceof Vote) {
                assertThat(step.after()).isEqualTo(step.before());
                assertThat(step.events()).isEmpty();
            }
        }
    }

    @Property
    void onlyAPollNotYetOpenedTakesNewSettings(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (step.operation() instanceof Edit e && step.thrown().isEmpty()) {
                assertThat(step.before().state()).isEqualTo(PollState.CREATED);
                assertThat(step.after().settings()).isEqualTo(SETTINGS.get(e.settingsIndex()));
                assertThat(step.events()).isEmpty();
            } else {
                assertThat(step.after().settings()).isEqualTo(step.before().settings());
            }
        }
    }

    @Property
    void openedAtAndClosedAtAreSetOnceAndNeverChange(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            boolean opened = step.operation() instanceof Open && step.thrown().isEmpty();
            boolean closed = step.operation() instanceof Close && step.thrown().isEmpty();
            assertThat(step.after().openedAt()).isEqualTo(opened ? Optional.of(step.at()) : step.before().openedAt());
            assertThat(step.after().closedAt()).isEqualTo(closed ? Optional.of(step.at()) : step.before().closedAt());
            assertThat(step.after().openedAt().isPresent()).isEqualTo(step.after().state() != PollState.CREATED);
            assertThat(step.after().closedAt().isPresent()).isEqualTo(step.after().state() == PollState.CLOSED);
            assertThat(step.after().createdAt()).isEqualTo(CREATED_AT);
        }
    }

    @Property
    void closesAtIsTheOpeningPlusTheTimeToAnswerOnlyWhileOpen(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            State after = step.after();
            Optional<Instant> expected = after.state() == PollState.OPEN
                    ? after.settings().timeToAnswer().map(seconds -> after.openedAt().orElseThrow().plusSeconds(seconds))
                    : Optional.empty();
            assertThat(after.closesAt()).isEqualTo(expected);
        }
    }

    @Property
    void updatedAtMovesForwardOnlyOnAChange(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            boolean changed = step.thrown().isEmpty() && !(step.operation() instanceof Vote);
            Instant expected = changed && step.at().isAfter(step.before().updatedAt()) ? step.at() : step.before().updatedAt();
            assertThat(step.after().updatedAt()).isEqualTo(expected).isAfterOrEqualTo(step.before().updatedAt());
        }
    }

    @Property
    void openingAndClosingRecordOneEventEachWithTheFinalCounts(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (step.thrown().isPresent()) {
                continue;
            }
            switch (step.operation()) {
                case Open ignored -> assertThat(step.events()).singleElement().isInstanceOfSatisfying(PollOpened.class, event -> {
                    assertThat(event.type()).isEqualTo("poll.opened");
                    assertThat(event.organizationId()).isEqualTo(ORG);
                    assertThat(event.occurredAt()).isEqualTo(step.at());
                    assertThat(event.data()).containsEntry("room_id", ROOM.value().toString())
                            .containsEntry("poll_id", POLL.value().toString()).containsEntry("query", step.before().settings().query())
                            .containsEntry("opened_at", step.at().toString()).containsEntry("closed_at", null)
                            .containsEntry("updated_at", step.after().updatedAt().toString());
                    assertThat(event.data().get("options")).as("nobody can vote before a poll opens")
                            .isEqualTo(expectedOptions(step.before().settings(), Map.of()));
                });
                case Close ignored -> assertThat(step.events()).singleElement().isInstanceOfSatisfying(PollClosed.class, event -> {
                    assertThat(event.type()).isEqualTo("poll.closed");
                    assertThat(event.organizationId()).isEqualTo(ORG);
                    assertThat(event.occurredAt()).isEqualTo(step.at());
                    assertThat(event.data()).containsEntry("query", step.before().settings().query())
                            .containsEntry("closed_at", step.at().toString());
                    assertThat(event.data().get("options")).isEqualTo(expectedOptions(step.before().settings(), step.votes()));
                });
                default -> assertThat(step.events()).isEmpty();
            }
        }
    }

    private static List<Map<String, Object>> expectedOptions(PollSettings settings, Map<PollOptionId, Long> votes) {
        return settings.options().stream().map(option -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", option.id().value().toString());
            item.put("text", option.text());
            item.put("is_correct", option.correct());
            item.put("votes", votes.getOrDefault(option.id(), 0L));
            return item;
        }).toList();
    }

    @Property
    void everyVoteTakenIsCountedOnceInTheClosingEvent(@ForAll("operations") List<Operation> operations) {
        List<Step> steps = play(operations);
        long accepted = steps.stream().filter(s -> s.operation() instanceof Vote && s.thrown().isEmpty()).count();
        boolean closed = !steps.isEmpty() && steps.getLast().after().state() == PollState.CLOSED;

        Statistics.label("closed with votes").collect(closed && accepted > 0)
                .coverage(c -> c.check(true).percentage(p -> p > 10));

        steps.stream().flatMap(s -> s.events().stream()).filter(PollClosed.class::isInstance).map(PollClosed.class::cast)
                .forEach(event -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> options = (List<Map<String, Object>>) event.data().get("options");
                    assertThat(options.stream().mapToLong(o -> (Long) o.get("votes")).sum()).isEqualTo(accepted);
                });
    }

    // ---- examples -----------------------------------------------------------------------------------------------

    private static void assertConflict(String code, ThrowingCallable attempt) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Example
    void aPollGoesFromCreatedToOpenToClosedOnce() {
        Poll poll = newPoll();
        PollOptionId sunny = SETTINGS.getFirst().options().get(0).id();
        assertThat(poll.state()).isEqualTo(PollState.CREATED);
        assertThat(poll.openedAt()).isEmpty();
        assertThat(poll.closesAt()).isEmpty();
        assertThat(poll.version()).isZero();
        assertThat(poll.pullEvents()).isEmpty();
        assertConflict("poll.not_open", () -> poll.acceptVote(sunny, CREATED_AT.plusSeconds(1)));
        assertConflict("poll.not_open", () -> poll.close(Map.of(), CREATED_AT.plusSeconds(1)));

        poll.open(CREATED_AT.plusSeconds(10));
        assertThat(poll.closesAt()).contains(CREATED_AT.plusSeconds(40));
        poll.acceptVote(sunny, CREATED_AT.plusSeconds(39));
        assertConflict("poll.not_open", () -> poll.acceptVote(sunny, CREATED_AT.plusSeconds(40)));
        assertConflict("poll.not_openable", () -> poll.open(CREATED_AT.plusSeconds(11)));
        assertConflict("poll.not_editable", () -> poll.edit(SETTINGS.get(1), CREATED_AT.plusSeconds(11)));

        poll.close(Map.of(sunny, 3L), CREATED_AT.plusSeconds(20));
        assertThat(poll.state()).isEqualTo(PollState.CLOSED);
        assertThat(poll.openedAt()).contains(CREATED_AT.plusSeconds(10));
        assertThat(poll.closedAt()).contains(CREATED_AT.plusSeconds(20));
        assertThat(poll.closesAt()).isEmpty();
        assertConflict("poll.not_open", () -> poll.close(Map.of(), CREATED_AT.plusSeconds(21)));
        assertConflict("poll.not_openable", () -> poll.open(CREATED_AT.plusSeconds(21)));
        assertConflict("poll.not_editable", () -> poll.edit(SETTINGS.get(1), CREATED_AT.plusSeconds(21)));
        assertConflict("poll.not_open", () -> poll.acceptVote(sunny, CREATED_AT.plusSeconds(21)));

        List<DomainEvent> events = poll.pullEvents();
        assertThat(events).extracting(DomainEvent::type).containsExactly("poll.opened", "poll.closed");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = (List<Map<String, Object>>) events.get(1).data().get("options");
        assertThat(options).extracting(o -> o.get("text")).containsExactly("晴れ", "雨", "くもり");
        assertThat(options).extracting(o -> o.get("votes")).containsExactly(3L, 0L, 0L);
        assertThat(options).extracting(o -> o.get("is_correct")).containsExactly(true, false, false);
    }

    @Example
    void aPollWithoutATimeLimitNeverClosesByItself() {
        Poll poll = Poll.create(POLL, ROOM, ORG, SETTINGS.get(1), CREATED_AT);

        poll.open(CREATED_AT.plusSeconds(5));

        assertThat(poll.closesAt()).isEmpty();
    }

    @Example
    void aVoteForAnOptionOfAnotherPollIsInvalid() {
        Poll poll = newPoll();
        poll.open(CREATED_AT);

        assertRefused("option_id", () -> poll.acceptVote(FOREIGN_OPTION, CREATED_AT.plusSeconds(1)));
    }

    @Example
    void rehydratingKeepsEveryFieldAndRecordsNothing() {
        Poll poll = Poll.rehydrate(POLL, ROOM, ORG, SETTINGS.get(2), PollState.OPEN, CREATED_AT, CREATED_AT.plusSeconds(3),
                Optional.of(CREATED_AT.plusSeconds(3)), Optional.empty(), 4);

        assertThat(poll.state()).isEqualTo(PollState.OPEN);
        assertThat(poll.closesAt()).contains(CREATED_AT.plusSeconds(8));
        assertThat(poll.version()).isEqualTo(4);
        assertThat(poll.id()).isEqualTo(POLL);
        assertThat(poll.roomId()).isEqualTo(ROOM);
        assertThat(poll.organizationId()).isEqualTo(ORG);
        assertThat(poll.pullEvents()).isEmpty();
    }

    // ---- PollSettings -------------------------------------------------------------------------------------------

    /** Every field of a poll, each at a valid value until a test changes it. */
    static final class Draft {
        String query = "今日の天気は?";
        List<PollOption> options = List.of(option(1, "晴れ", true), option(2, "雨", false));
        Optional<Integer> timeToAnswer = Optional.of(30);
        boolean publishResult = true;
        int timeForResult = 15;
        DisplayFormat displayFormat = DisplayFormat.PERCENT;
        boolean showCorrectness;

        PollSettings build() {
            return new PollSettings(query, options, timeToAnswer, publishResult, timeForResult, displayFormat, showCorrectness);
        }
    }

    private static PollSettings with(UnaryOperator<Draft> change) {
        return change.apply(new Draft()).build();
    }

    private static List<PollOption> options(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> option(i, "option " + i, false)).toList();
    }

    @Example
    void queryIsRequiredNotBlankAndAtMostTwoHundredCharacters() {
        assertThat(with(d -> { d.query = "?".repeat(200); return d; }).query()).hasSize(200);
        assertThat(with(d -> { d.query = "  今日は?  "; return d; }).query()).isEqualTo("今日は?");
        assertRefused("query", () -> with(d -> { d.query = "?".repeat(201); return d; }));
        assertRefused("query", () -> with(d -> { d.query = " "; return d; }));
        assertRefused("query", () -> with(d -> { d.query = null; return d; }));
    }

    @Property
    void aPollHasTwoToTenOptions(@ForAll @IntRange(min = 0, max = 12) int count) {
        if (count >= 2 && count <= 10) {
            assertThat(with(d -> { d.options = options(count); return d; }).options()).hasSize(count);
        } else {
            assertRefused("options", () -> with(d -> { d.options = options(count); return d; }));
        }
    }

    @Example
    void optionsAreRequiredAndCopied() {
        assertRefused("options", () -> with(d -> { d.options = null; return d; }));
        List<PollOption> mutable = new ArrayList<>(options(2));
        PollSettings settings = with(d -> { d.options = mutable; return d; });
        mutable.add(option(3, "late", false));
        assertThat(settings.options()).hasSize(2);
    }

    @Example
    void optionTextIsOneToAHundredCharacters() {
        assertThat(option(1, "x".repeat(100), false).text()).hasSize(100);
        assertThat(option(1, " 晴れ ", false).text()).isEqualTo("晴れ");
        assertRefused("options.text", () -> option(1, "x".repeat(101), false));
        assertRefused("options.text", () -> option(1, "", false));
        assertRefused("options.text", () -> option(1, "  ", false));
        assertRefused("options.text", () -> option(1, null, false));
    }

    @Property
    void timeToAnswerIsAtLeastFiveSecondsOrEmpty(@ForAll @IntRange(min = -5, max = 100) int seconds) {
        assertThat(with(d -> { d.timeToAnswer = Optional.empty(); return d; }).timeToAnswer()).isEmpty();
        if (seconds >= 5) {
            assertThat(with(d -> { d.timeToAnswer = Optional.of(seconds); return d; }).timeToAnswer()).contains(seconds);
        } else {
            assertRefused("time_to_answer", () -> with(d -> { d.timeToAnswer = Optional.of(seconds); return d; }));
        }
    }

    @Property
    void timeForResultIsAtLeastFiveSeconds(@ForAll @IntRange(min = -5, max = 100) int seconds) {
        if (seconds >= 5) {
            assertThat(with(d -> { d.timeForResult = seconds; return d; }).timeForResult()).isEqualTo(seconds);
        } else {
            assertRefused("time_for_result", () -> with(d -> { d.timeForResult = seconds; return d; }));
        }
    }

    @Example
    void bothTimesStopAtOneDay() {
        assertThat(with(d -> { d.timeToAnswer = Optional.of(86_400); d.timeForResult = 86_400; return d; }).timeForResult())
                .isEqualTo(86_400);
        assertRefused("time_to_answer", () -> with(d -> { d.timeToAnswer = Optional.of(86_401); return d; }));
        assertRefused("time_for_result", () -> with(d -> { d.timeForResult = 86_401; return d; }));
        assertThat(PollSettings.DEFAULT_TIME_FOR_RESULT).isEqualTo(30);
    }

    @Example
    void displayFormatParsesItsWireNamesOnly() {
        assertThat(Arrays.stream(DisplayFormat.values()).map(DisplayFormat::wireName))
                .containsExactly("percent", "number", "number_percent");
        for (DisplayFormat format : DisplayFormat.values()) {
            assertThat(DisplayFormat.parse(format.wireName())).isEqualTo(format);
        }
        for (String invalid : new String[] {"PERCENT", "number-percent", "", "ratio"}) {
            assertRefused("display_format", () -> DisplayFormat.parse(invalid));
        }
        assertRefused("display_format", () -> DisplayFormat.parse(null));
    }
}
