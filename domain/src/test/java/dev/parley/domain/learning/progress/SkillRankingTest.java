package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.learning.progress.SkillRanking.Ranking;
import dev.parley.domain.learning.progress.SkillRanking.SkillAccuracy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SkillRankingTest {

    /** Counts per skill and level with few distinct values, so that equal accuracies and the five-attempt edge are common. */
    @Provide
    Arbitrary<List<LevelCount>> counts() {
        Arbitrary<LevelCount> count = Combinators.combine(Arbitraries.of(Skill.class), Arbitraries.of(CefrLevel.class),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 12))
                .as((skill, level, attempts, correct) -> new LevelCount(skill, level, attempts, Math.min(correct, attempts)));
        return count.list().ofMaxSize(14);
    }

    private static Map<Skill, int[]> totals(List<LevelCount> counts) {
        Map<Skill, int[]> totals = new EnumMap<>(Skill.class);
        counts.forEach(c -> {
            int[] t = totals.computeIfAbsent(c.skill(), s -> new int[2]);
            t[0] += c.attempts();
            t[1] += c.correct();
        });
        return totals;
    }

    private static int compareAccuracy(SkillAccuracy a, SkillAccuracy b) {
        return Long.compare((long) a.correct() * b.attempts(), (long) b.correct() * a.attempts());
    }

    @Property
    void theListsSplitTheSkillsWithEnoughEvidenceWithoutSharingAny(@ForAll("counts") List<LevelCount> counts) {
        Ranking ranking = SkillRanking.rank(counts);
        long ranked = totals(counts).values().stream().filter(t -> t[0] >= SkillRanking.MIN_ATTEMPTS).count();

        assertThat(ranking.strongest()).hasSize((int) Math.min(3, (ranked + 1) / 2));
        assertThat(ranking.weakest()).hasSize((int) Math.min(3, ranked / 2));
        Set<Skill> listed = new HashSet<>();
        for (SkillAccuracy skill : concat(ranking)) {
            assertThat(listed.add(skill.skill())).as("listed once: " + skill).isTrue();
            int[] total = totals(counts).get(skill.skill());
            assertThat(new SkillAccuracy(skill.skill(), total[0], total[1])).isEqualTo(skill);
            assertThat(skill.attempts()).isGreaterThanOrEqualTo(SkillRanking.MIN_ATTEMPTS);
        }
    }

    @Property
    void everyStrongSkillIsAtLeastAsAccurateAsEveryWeakOneAndEveryUnlistedOneLiesBetween(@ForAll("counts") List<LevelCount> counts) {
        Ranking ranking = SkillRanking.rank(counts);
        Set<Skill> listed = new HashSet<>();
        concat(ranking).forEach(s -> listed.add(s.skill()));

        for (SkillAccuracy strong : ranking.strongest()) {
            for (SkillAccuracy weak : ranking.weakest()) {
                assertThat(compareAccuracy(strong, weak)).isGreaterThanOrEqualTo(0);
            }
        }
        totals(counts).forEach((skill, total) -> {
            if (total[0] >= SkillRanking.MIN_ATTEMPTS && !listed.contains(skill)) {
                SkillAccuracy unlisted = new SkillAccuracy(skill, total[0], total[1]);
                assertThat(ranking.strongest()).allSatisfy(strong -> assertThat(compareAccuracy(strong, unlisted)).isGreaterThanOrEqualTo(0));
                assertThat(ranking.weakest()).allSatisfy(weak -> assertThat(compareAccuracy(unlisted, weak)).isGreaterThanOrEqualTo(0));
            }
        });
    }

    @Property
    void eachListRunsFromItsExtremeWithTiesToMoreAttemptsThenTheName(@ForAll("counts") List<LevelCount> counts) {
        Ranking ranking = SkillRanking.rank(counts);

        assertOrdered(ranking.strongest(), 1);
        assertOrdered(ranking.weakest(), -1);
    }

    private static void assertOrdered(List<SkillAccuracy> list, int direction) {
        for (int i = 1; i < list.size(); i++) {
            SkillAccuracy before = list.get(i - 1);
            SkillAccuracy after = list.get(i);
            int byAccuracy = Integer.signum(compareAccuracy(before, after));
            assertThat(byAccuracy == direction || byAccuracy == 0).as(before + " before " + after).isTrue();
            if (byAccuracy == 0) {
                assertThat(before.attempts() > after.attempts() || before.attempts() == after.attempts()
                        && before.skill().wireName().compareTo(after.skill().wireName()) < 0).as(before + " before " + after).isTrue();
            }
        }
    }

    @Property
    void theOrderOfTheCountsDoesNotMatter(@ForAll("counts") List<LevelCount> counts, @ForAll long seed) {
        List<LevelCount> shuffled = new ArrayList<>(counts);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(SkillRanking.rank(shuffled)).isEqualTo(SkillRanking.rank(counts));
    }

    private static List<SkillAccuracy> concat(Ranking ranking) {
        List<SkillAccuracy> all = new ArrayList<>(ranking.strongest());
        all.addAll(ranking.weakest());
        return all;
    }

    @Example
    void levelsAddUpPerSkill() {
        Ranking ranking = SkillRanking.rank(List.of(
                new LevelCount(Skill.READING, CefrLevel.A1, 30, 28), new LevelCount(Skill.READING, CefrLevel.B1, 10, 8),
                new LevelCount(Skill.LISTENING, CefrLevel.A2, 12, 5)));

        assertThat(ranking.strongest()).containsExactly(new SkillAccuracy(Skill.READING, 40, 36));
        assertThat(ranking.weakest()).containsExactly(new SkillAccuracy(Skill.LISTENING, 12, 5));
        assertThat(ranking.strongest().getFirst().accuracy()).isEqualTo(0.9);
        assertThat(ranking.weakest().getFirst().accuracy()).isEqualTo(5.0 / 12);
    }

    @Example
    void aSkillUnderFiveAttemptsIsNotRankedAndOneRankedSkillIsStrongest() {
        Ranking ranking = SkillRanking.rank(List.of(new LevelCount(Skill.WRITING, CefrLevel.A1, 4, 0),
                new LevelCount(Skill.SPEAKING, CefrLevel.A1, 5, 1)));

        assertThat(ranking.strongest()).extracting(SkillAccuracy::skill).containsExactly(Skill.SPEAKING);
        assertThat(ranking.weakest()).isEmpty();
        assertThat(SkillRanking.rank(List.of())).isEqualTo(new Ranking(List.of(), List.of()));
    }

    @Example
    void sixSkillsGiveThreeAndThreeAndFiveGiveThreeAndTwo() {
        List<LevelCount> six = List.of(count(Skill.LISTENING, 10, 1), count(Skill.READING, 10, 9), count(Skill.SPEAKING, 10, 5),
                count(Skill.WRITING, 10, 7), count(Skill.VOCABULARY, 10, 3), count(Skill.GRAMMAR, 10, 8));

        Ranking ranking = SkillRanking.rank(six);
        assertThat(ranking.strongest()).extracting(SkillAccuracy::skill).containsExactly(Skill.READING, Skill.GRAMMAR, Skill.WRITING);
        assertThat(ranking.weakest()).extracting(SkillAccuracy::skill).containsExactly(Skill.LISTENING, Skill.VOCABULARY, Skill.SPEAKING);
        Ranking five = SkillRanking.rank(six.subList(1, 6));
        assertThat(five.strongest()).extracting(SkillAccuracy::skill).containsExactly(Skill.READING, Skill.GRAMMAR, Skill.WRITING);
        assertThat(five.weakest()).extracting(SkillAccuracy::skill).containsExactly(Skill.VOCABULARY, Skill.SPEAKING);
    }

    @Example
    void equalAccuraciesGoToMoreAttemptsThenTheNameAndAreNeverListedTwice() {
        Ranking ranking = SkillRanking.rank(List.of(count(Skill.WRITING, 10, 5), count(Skill.GRAMMAR, 10, 5), count(Skill.READING, 20, 10),
                count(Skill.LISTENING, 6, 3), count(Skill.SPEAKING, 8, 4), count(Skill.VOCABULARY, 10, 5)));

        assertThat(ranking.strongest()).extracting(SkillAccuracy::skill).containsExactly(Skill.READING, Skill.GRAMMAR, Skill.VOCABULARY);
        assertThat(ranking.weakest()).extracting(SkillAccuracy::skill).containsExactly(Skill.WRITING, Skill.SPEAKING, Skill.LISTENING);
    }

    @Example
    void refusesImpossibleCounts() {
        assertRefused("correct", () -> new SkillAccuracy(Skill.READING, 0, 0));
        assertRefused("correct", () -> new SkillAccuracy(Skill.READING, 3, 4));
        assertRefused("skill", () -> new SkillAccuracy(null, 3, 1));
    }

    private static LevelCount count(Skill skill, int attempts, int correct) {
        return new LevelCount(skill, CefrLevel.A1, attempts, correct);
    }
}
