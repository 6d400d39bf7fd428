package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.progress.AchievementFacts.LessonCompletion;
import dev.parley.domain.learning.progress.Achievements.Unlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

class AchievementsTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 2, 1);
    private static final int DAYS = 45;

    private static Instant local(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static AchievementFacts only(AchievementFacts facts, Predicate<Instant> keep) {
        return new AchievementFacts(facts.zone(), facts.activity().stream().filter(keep).toList(),
                facts.lessons().stream().filter(l -> keep.test(l.at())).toList(),
                facts.itemCompletions().stream().filter(keep).toList(), facts.courseCompletions().stream().filter(keep).toList());
    }

    private static AchievementFacts plus(AchievementFacts facts, AchievementFacts more) {
        return new AchievementFacts(facts.zone(), concat(facts.activity(), more.activity()), concat(facts.lessons(), more.lessons()),
                concat(facts.itemCompletions(), more.itemCompletions()), concat(facts.courseCompletions(), more.courseCompletions()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<Instant> instants(AchievementFacts facts) {
        return Stream.of(facts.activity().stream(), facts.lessons().stream().map(LessonCompletion::at), facts.itemCompletions().stream(),
                facts.courseCompletions().stream()).flatMap(s -> s).toList();
    }

    // ---- generators --------------------------------------------------------------------------------------------

    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /** Up to {@code max} instants anywhere in the forty-five days, the count spread evenly. */
    private static Arbitrary<List<Instant>> someInstants(ZoneId zone, int max) {
        Instant start = FIRST_DAY.atStartOfDay(zone).toInstant();
        return uniform(0, max).flatMap(n -> Arbitraries.longs().between(0, DAYS * 86_400L - 1).map(start::plusSeconds).list().ofSize(n));
    }

    /** Daily activity with a random density, so that 7- and 30-day streaks happen and break. */
    private static Arbitrary<List<Instant>> dailyActivity(ZoneId zone) {
        return Combinators.combine(uniform(40, 100), uniform(0, 99).list().ofSize(DAYS),
                        Arbitraries.longs().between(0, 86_399).list().ofSize(DAYS))
                .as((density, rolls, seconds) -> {
                    List<Instant> activity = new ArrayList<>();
                    for (int day = 0; day < DAYS; day++) {
                        if (rolls.get(day) < density) {
                            activity.add(FIRST_DAY.plusDays(day).atStartOfDay(zone).plusSeconds(seconds.get(day)).toInstant());
                        }
                    }
                    return activity;
                });
    }

    private static Arbitrary<AchievementFacts> facts(ZoneId zone) {
        Arbitrary<List<LessonCompletion>> lessons = Combinators.combine(someInstants(zone, 6),
                        Arbitraries.of(false, false, true).list().ofSize(6))
                .as((at, perfect) -> {
                    List<LessonCompletion> completions = new ArrayList<>();
                    for (int i = 0; i < at.size(); i++) {
                        completions.add(new LessonCompletion(at.get(i), perfect.get(i)));
                    }
                    return completions;
                });
        return Combinators.combine(dailyActivity(zone), lessons, someInstants(zone, 160), someInstants(zone, 2))
                .as((activity, completions, items, courses) -> new AchievementFacts(zone, activity, completions, items, courses));
    }

    @Provide
    Arbitrary<AchievementFacts> histories() {
        return ProgressArbitraries.zones().flatMap(AchievementsTest::facts);
    }

    /** A history and a cut somewhere in its days. */
    record Cut(AchievementFacts facts, Instant at) {
    }

    @Provide
    Arbitrary<Cut> cuts() {
        return ProgressArbitraries.zones().flatMap(zone -> Combinators.combine(facts(zone), someInstants(zone, 1)
                        .filter(l -> !l.isEmpty()).map(List::getFirst))
                .as(Cut::new));
    }

    // ---- properties --------------------------------------------------------------------------------------------

    @Property
    void eachAchievementUnlocksAtMostOnceEarliestFirst(@ForAll("histories") AchievementFacts facts) {
        List<Unlock> unlocked = Achievements.unlocked(facts);

        Statistics.label("unlocked").collect(unlocked.size());
        for (Achievement achievement : Achievement.values()) {
            Statistics.label(achievement.wireName()).collect(unlocked.stream().anyMatch(u -> u.achievement() == achievement))
                    .coverage(c -> c.check(true).percentage(p -> p > 5));
        }
        assertThat(unlocked.stream().map(Unlock::achievement)).doesNotHaveDuplicates();
        assertThat(unlocked.stream().map(Unlock::at)).isSorted();
        for (Unlock unlock : unlocked) {
            assertThat(Achievements.unlockedAt(unlock.achievement(), facts)).contains(unlock.at());
        }
    }

    @Property
    void eachAchievementUnlocksAtTheInstantItsConditionFirstHeld(@ForAll("histories") AchievementFacts facts) {
        for (Unlock unlock : Achievements.unlocked(facts)) {
            assertThat(Achievements.unlockedAt(unlock.achievement(), only(facts, t -> t.isBefore(unlock.at())))).isEmpty();
            assertThat(Achievements.unlockedAt(unlock.achievement(), only(facts, t -> !t.isAfter(unlock.at())))).contains(unlock.at());
        }
    }

    @Property
    void theAchievementsOfAnyMomentAreThoseOfTheWholeHistoryUnlockedByThen(@ForAll("cuts") Cut cut) {
        List<Unlock> byThen = Achievements.unlocked(cut.facts()).stream().filter(u -> !u.at().isAfter(cut.at())).toList();

        assertThat(Achievements.unlocked(only(cut.facts(), t -> !t.isAfter(cut.at())))).isEqualTo(byThen);
    }

    @Property
    void factsAddedAfterAnUnlockNeverMoveIt(@ForAll("cuts") Cut cut, @ForAll("histories") AchievementFacts other) {
        AchievementFacts later = only(new AchievementFacts(cut.facts().zone(), other.activity(), other.lessons(), other.itemCompletions(),
                other.courseCompletions()), t -> t.isAfter(cut.at()));
        Predicate<Unlock> byTheCut = u -> !u.at().isAfter(cut.at());

        List<Unlock> after = Achievements.unlocked(plus(cut.facts(), later));

        assertThat(after.stream().filter(byTheCut).toList())
                .isEqualTo(Achievements.unlocked(cut.facts()).stream().filter(byTheCut).toList());
    }

    @Property
    void unlockInstantsAreInstantsOfTheFacts(@ForAll("histories") AchievementFacts facts) {
        List<Instant> instants = instants(facts);

        assertThat(Achievements.unlocked(facts)).allSatisfy(unlock -> assertThat(instants).contains(unlock.at()));
    }

    // ---- examples ----------------------------------------------------------------------------------------------

    @Example
    void nothingIsUnlockedWithoutFacts() {
        assertThat(Achievements.unlocked(new AchievementFacts(TOKYO, List.of(), List.of(), List.of(), List.of()))).isEmpty();
    }

    @Example
    void unlocksEachRuleAtItsOwnMoment() {
        List<AttemptFact> attempts = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            Instant at = local(TOKYO, "2024-04-01T08:00").plusSeconds(86_400L * (i / 10) + 60L * (i % 10));
            attempts.add(new AttemptFact(Skill.READING, CefrLevel.A2, true, 1, 10, 20_000, at, 1 + i));
            attempts.add(new AttemptFact(Skill.READING, CefrLevel.A2, true, 1, 10, 20_000, at.plusSeconds(5), 1 + i));
        }
        attempts.add(new AttemptFact(Skill.READING, CefrLevel.A2, false, 0, 0, 20_000, local(TOKYO, "2024-03-30T08:00"), 500));
        List<LessonCompletion> lessons = List.of(new LessonCompletion(local(TOKYO, "2024-04-01T08:30"), false),
                new LessonCompletion(local(TOKYO, "2024-04-03T08:30"), true), new LessonCompletion(local(TOKYO, "2024-04-05T08:30"), true));
        AchievementFacts facts = AchievementFacts.of(TOKYO, attempts, lessons, List.of(local(TOKYO, "2024-04-09T09:00")));

        assertThat(Achievements.unlocked(facts)).containsExactly(
                new Unlock(Achievement.FIRST_LESSON, local(TOKYO, "2024-04-01T08:30")),
                new Unlock(Achievement.PERFECT_LESSON, local(TOKYO, "2024-04-03T08:30")),
                new Unlock(Achievement.STREAK_7, local(TOKYO, "2024-04-07T08:00")),
                new Unlock(Achievement.FIRST_COURSE, local(TOKYO, "2024-04-09T09:00")),
                new Unlock(Achievement.ITEMS_100, local(TOKYO, "2024-04-10T08:09")));
    }

    @Example
    void aThirtyDayStreakUnlocksOnItsThirtiethDayAfterTheSevenDayOne() {
        List<Instant> activity = new ArrayList<>();
        for (int day = 0; day < 31; day++) {
            activity.add(LocalDate.of(2024, 1, 1).plusDays(day).atTime(21, 0).atZone(LOS_ANGELES).toInstant());
        }
        AchievementFacts facts = new AchievementFacts(LOS_ANGELES, activity, List.of(), List.of(), List.of());

        assertThat(Achievements.unlocked(facts)).containsExactly(
                new Unlock(Achievement.STREAK_7, local(LOS_ANGELES, "2024-01-07T21:00")),
                new Unlock(Achievement.STREAK_30, local(LOS_ANGELES, "2024-01-30T21:00")));
    }

    @Example
    void theSameActivityIsASevenDayStreakInLosAngelesButBrokenInTokyo() {
        List<Instant> activity = new ArrayList<>();
        activity.add(Instant.parse("2024-05-01T14:30:00Z"));
        for (int day = 2; day <= 7; day++) {
            activity.add(Instant.parse("2024-05-%02dT15:30:00Z".formatted(day)));
        }

        assertThat(Achievements.unlockedAt(Achievement.STREAK_7, new AchievementFacts(LOS_ANGELES, activity, List.of(), List.of(),
                List.of()))).contains(Instant.parse("2024-05-07T15:30:00Z"));
        assertThat(Achievements.unlockedAt(Achievement.STREAK_7, new AchievementFacts(TOKYO, activity, List.of(), List.of(),
                List.of()))).isEmpty();
    }

    @Example
    void achievementsHaveSnakeCaseWireNames() {
        assertThat(Stream.of(Achievement.values()).map(Achievement::wireName))
                .containsExactly("first_lesson", "streak_7", "streak_30", "items_100", "perfect_lesson", "first_course");
    }

    @Example
    void refusesMissingFacts() {
        assertRefused("zone", () -> new AchievementFacts(null, List.of(), List.of(), List.of(), List.of()));
        assertRefused("activity", () -> new AchievementFacts(TOKYO, null, List.of(), List.of(), List.of()));
        assertRefused("completed_at", () -> new LessonCompletion(null, true));
    }
}
