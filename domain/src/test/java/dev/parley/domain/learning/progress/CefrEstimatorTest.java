package dev.parley.domain.learning.progress;

import java.util.Map;
import java.util.HashMap;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.learning.progress.CefrEstimator.LevelChange;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.progress.CefrEstimator.Estimate;
import dev.parley.domain.learning.progress.CefrEstimator.LevelEvidence;
import dev.parley.domain.learning.progress.CefrEstimator.SkillEstimate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class CefrEstimatorTest {
    private static final Instant AT = Instant.parse("2024-03-15T14:23:00Z");

    private static AttemptFact answer(Skill skill, CefrLevel level, boolean correct) {
        return new AttemptFact(skill, level, correct, correct ? 1 : 0, correct ? 10 : 0, 20_000, AT, 1);
    }

    private static List<AttemptFact> answers(Skill skill, CefrLevel level, int correct, int wrong) {
        return Stream.concat(Stream.generate(() -> answer(skill, level, true)).limit(correct),
                Stream.generate(() -> answer(skill, level, false)).limit(wrong)).toList();
    }

    private static List<AttemptFact> concat(List<AttemptFact> first, List<AttemptFact> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<AttemptFact> concat(List<AttemptFact> first, List<AttemptFact> second, List<AttemptFact> third) {
        return concat(concat(first, second), third);
    }

    /** An estimate's rank: no estimate is -1, below every level, so that "never lower" compares plain numbers. */
    private static int rank(Optional<CefrLevel> estimate) {
        return estimate.map(CefrLevel::ordinal).orElse(-1);
    }

    // ---- generators --------------------------------------------------------------------------------------------

    private static Arbitrary<AttemptFact> anywhere() {
        return Combinators.combine(Arbitraries.of(Skill.class), Arbitraries.of(CefrLevel.class),
                Arbitraries.of(true, true, true, false)).as(CefrEstimatorTest::answer);
    }

    /** A run of answers at one skill and level, sized around the thresholds (five attempts, 70% correct). */
    private static Arbitrary<List<AttemptFact>> blocks() {
        return Combinators.combine(Arbitraries.of(Skill.class), Arbitraries.of(CefrLevel.class),
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 4)).as(CefrEstimatorTest::answers);
    }

    @Provide
    Arbitrary<AttemptFact> oneAnswer() {
        return anywhere();
    }

    /** Blocks of answers around the thresholds plus a few stray answers, shuffled. */
    @Provide
    Arbitrary<List<AttemptFact>> histories() {
        return Combinators.combine(blocks().list().ofMaxSize(14), anywhere().list().ofMaxSize(6), Arbitraries.longs())
                .as((blocks, strays, seed) -> {
                    List<AttemptFact> facts = new ArrayList<>(strays);
                    blocks.forEach(facts::addAll);
                    Collections.shuffle(facts, new Random(seed));
                    return facts;
                });
    }

    // ---- properties --------------------------------------------------------------------------------------------

    /** A history and one more correct answer, often at a skill and level the history already has answers for. */
    record Addition(List<AttemptFact> facts, AttemptFact correct) {
    }

    @Provide
    Arbitrary<Addition> additions() {
        return Combinators.combine(histories(), anywhere(), Arbitraries.integers().between(0, 999))
                .as((facts, stray, pick) -> {
                    AttemptFact like = facts.isEmpty() || pick % 4 == 0 ? stray : facts.get(pick % facts.size());
                    return new Addition(facts, answer(like.skill(), like.cefrLevel(), true));
                });
    }

    private static List<Optional<CefrLevel>> levels(Estimate estimate) {
        return Stream.concat(estimate.skills().values().stream().map(SkillEstimate::level), Stream.of(estimate.overall())).toList();
    }

    @Property
    void aCorrectAnswerAtAnyLevelNeverLowersAnyEstimate(@ForAll("additions") Addition addition) {
        Estimate before = CefrEstimator.estimate(addition.facts());

        Estimate after = CefrEstimator.estimate(concat(addition.facts(), List.of(addition.correct())));

        Statistics.label("overall before").collect(before.overall().isPresent())
                .coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("some level rose").collect(!levels(after).equals(levels(before)))
                .coverage(c -> c.check(true).percentage(p -> p > 1));
        for (Skill skill : Skill.values()) {
            assertThat(rank(after.skill(skill).level())).isGreaterThanOrEqualTo(rank(before.skill(skill).level()));
        }
        assertThat(rank(after.overall())).isGreaterThanOrEqualTo(rank(before.overall()));
    }

    @Property
    void aSkillWithFewerThanFiveAttemptsHasNoEstimate(@ForAll("histories") List<AttemptFact> facts) {
        Estimate estimate = CefrEstimator.estimate(facts);

        for (Skill skill : Skill.values()) {
            long attempts = facts.stream().filter(f -> f.skill() == skill).count();
            if (attempts < CefrEstimator.MIN_ATTEMPTS) {
                assertThat(estimate.skill(skill).level()).isEmpty();
            }
        }
    }

    @Property
    void eachSkillsEstimateDependsOnItsOwnAttemptsOnly(@ForAll("histories") List<AttemptFact> facts,
                                                      @ForAll("histories") List<AttemptFact> others) {
        Estimate estimate = CefrEstimator.estimate(facts);

        for (Skill skill : Skill.values()) {
            List<AttemptFact> own = facts.stream().filter(f -> f.skill() == skill).toList();
            List<AttemptFact> foreign = others.stream().filter(f -> f.skill() != skill).toList();
            assertThat(CefrEstimator.estimate(concat(own, foreign)).skill(skill)).isEqualTo(estimate.skill(skill));
        }
    }

    @Property
    void theEvidenceCountsExactlyTheAttemptsGiven(@ForAll("histories") List<AttemptFact> facts) {
        Estimate estimate = CefrEstimator.estimate(facts);

        for (Skill skill : Skill.values()) {
            List<LevelEvidence> expected = new ArrayList<>();
            for (CefrLevel level : CefrLevel.values()) {
                List<AttemptFact> at = facts.stream().filter(f -> f.skill() == skill && f.cefrLevel() == level).toList();
                if (!at.isEmpty()) {
                    expected.add(new LevelEvidence(level, at.size(), (int) at.stream().filter(AttemptFact::correct).count()));
                }
            }
            assertThat(estimate.skill(skill).skill()).isEqualTo(skill);
            assertThat(estimate.skill(skill).evidence()).containsExactlyElementsOf(expected);
        }
        assertThat(estimate.skills().values().stream().flatMap(s -> s.evidence().stream()).mapToInt(LevelEvidence::attempts).sum())
                .isEqualTo(facts.size());
    }

    @Property
    void aSkillIsEstimatedAtItsHighestLevelWithFiveAttemptsAndSeventyPercentCorrect(@ForAll("histories") List<AttemptFact> facts) {
        Estimate estimate = CefrEstimator.estimate(facts);

        for (Skill skill : Skill.values()) {
            Optional<CefrLevel> expected = Optional.empty();
            for (CefrLevel level : CefrLevel.values()) {
                List<AttemptFact> at = facts.stream().filter(f -> f.skill() == skill && f.cefrLevel() == level).toList();
                long correct = at.stream().filter(AttemptFact::correct).count();
                if (at.size() >= 5 && 10 * correct >= 7L * at.size()) {
                    expected = Optional.of(level);
                }
            }
            assertThat(estimate.skill(skill).level()).isEqualTo(expected);
        }
    }

    @Property
    void theOverallLevelIsTheHighestReachedByHalfTheSkills(@ForAll("histories") List<AttemptFact> facts) {
        Estimate estimate = CefrEstimator.estimate(facts);

        Optional<CefrLevel> expected = Optional.empty();
        for (CefrLevel level : CefrLevel.values()) {
            long reaching = estimate.skills().values().stream()
                    .filter(s -> s.level().map(l -> l.compareTo(level) >= 0).orElse(false)).count();
            if (reaching >= 3) {
                expected = Optional.of(level);
            }
        }
        Statistics.label("overall").collect(estimate.overall().map(CefrLevel::name).orElse("none"))
                .coverage(c -> {
                    c.check("none").percentage(p -> p > 5 && p < 90);
                    c.check("B1").count(n -> n > 0);
                });
        assertThat(estimate.overall()).isEqualTo(expected);
    }

    @Property
    void theOrderOfTheAttemptsDoesNotMatter(@ForAll("histories") List<AttemptFact> facts, @ForAll long seed) {
        List<AttemptFact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(CefrEstimator.estimate(shuffled)).isEqualTo(CefrEstimator.estimate(facts));
    }

    // ---- examples ----------------------------------------------------------------------------------------------

    @Example
    void noAttemptsMeanNoEstimateAnywhere() {
        Estimate estimate = CefrEstimator.estimate(List.of());

        assertThat(estimate.skills()).containsOnlyKeys(Skill.values());
        assertThat(estimate.skills().values()).allSatisfy(s -> {
            assertThat(s.level()).isEmpty();
            assertThat(s.evidence()).isEmpty();
        });
        assertThat(estimate.overall()).isEmpty();
    }

    @Example
    void fiveAttemptsAtSeventyPercentIsTheThreshold() {
        assertThat(level(answers(Skill.READING, CefrLevel.B1, 4, 0))).isEmpty();
        assertThat(level(answers(Skill.READING, CefrLevel.B1, 4, 1))).contains(CefrLevel.B1);
        assertThat(level(answers(Skill.READING, CefrLevel.B1, 3, 2))).isEmpty();
        assertThat(level(answers(Skill.READING, CefrLevel.B1, 7, 3))).contains(CefrLevel.B1);
        assertThat(level(answers(Skill.READING, CefrLevel.B1, 6, 4))).isEmpty();
        assertThat(level(answers(Skill.READING, CefrLevel.B1, 69, 31))).isEmpty();
        assertThat(level(answers(Skill.READING, CefrLevel.B1, 70, 30))).contains(CefrLevel.B1);
    }

    private static Optional<CefrLevel> level(List<AttemptFact> readingFacts) {
        return CefrEstimator.estimate(readingFacts).skill(Skill.READING).level();
    }

    @Example
    void theHighestDemonstratedLevelWinsEvenOverAFailedLowerOne() {
        List<AttemptFact> facts = concat(answers(Skill.READING, CefrLevel.A2, 2, 4), answers(Skill.READING, CefrLevel.B2, 5, 1),
                answers(Skill.READING, CefrLevel.C1, 2, 0));

        SkillEstimate reading = CefrEstimator.estimate(facts).skill(Skill.READING);

        assertThat(reading.level()).contains(CefrLevel.B2);
        assertThat(reading.evidence()).containsExactly(new LevelEvidence(CefrLevel.A2, 6, 2), new LevelEvidence(CefrLevel.B2, 6, 5),
                new LevelEvidence(CefrLevel.C1, 2, 2));
        assertThat(reading.evidence().get(1).accuracy()).isEqualTo(5.0 / 6);
        assertThat(reading.evidence().get(0).demonstrated()).isFalse();
    }

    @Example
    void aWrongAnswerCanLowerAnEstimate() {
        List<AttemptFact> facts = concat(answers(Skill.GRAMMAR, CefrLevel.A1, 5, 0), answers(Skill.GRAMMAR, CefrLevel.A2, 7, 3));

        assertThat(CefrEstimator.estimate(facts).skill(Skill.GRAMMAR).level()).contains(CefrLevel.A2);
        assertThat(CefrEstimator.estimate(concat(facts, answers(Skill.GRAMMAR, CefrLevel.A2, 0, 1))).skill(Skill.GRAMMAR).level())
                .contains(CefrLevel.A1);
    }

    @Example
    void theOverallLevelWaitsForThreeSkillsAndThenTakesTheThirdHighest() {
        List<AttemptFact> two = concat(answers(Skill.READING, CefrLevel.C1, 5, 0), answers(Skill.LISTENING, CefrLevel.B2, 5, 0));
        List<AttemptFact> three = concat(two, answers(Skill.GRAMMAR, CefrLevel.A2, 5, 0));
        List<AttemptFact> six = concat(concat(three, answers(Skill.WRITING, CefrLevel.B1, 5, 0)),
                answers(Skill.SPEAKING, CefrLevel.A1, 5, 0), answers(Skill.VOCABULARY, CefrLevel.C2, 5, 0));

        assertThat(CefrEstimator.estimate(two).overall()).isEmpty();
        assertThat(CefrEstimator.estimate(three).overall()).contains(CefrLevel.A2);
        assertThat(CefrEstimator.estimate(six).overall()).contains(CefrLevel.B2);
    }

    @Example
    void scoresDoNotCountOnlyCorrectness() {
        List<AttemptFact> facts = Stream.generate(() -> new AttemptFact(Skill.WRITING, CefrLevel.B1, false, 0.95, 5, 1000, AT, 3))
                .limit(10).toList();

        assertThat(CefrEstimator.estimate(facts).skill(Skill.WRITING).level()).isEmpty();
    }

    @Property
    void countsGiveTheEstimateTheAttemptsGive(@ForAll("histories") List<AttemptFact> facts, @ForAll boolean split) {
        Map<List<Object>, int[]> cells = new HashMap<>();
        for (AttemptFact fact : facts) {
            int[] cell = cells.computeIfAbsent(List.of(fact.skill(), fact.cefrLevel()), key -> new int[2]);
            cell[0]++;
            cell[1] += fact.correct() ? 1 : 0;
        }
        List<LevelCount> counts = new ArrayList<>();
        cells.forEach((key, cell) -> {
            Skill skill = (Skill) key.get(0);
            CefrLevel level = (CefrLevel) key.get(1);
            if (split && cell[0] > 1) {
                counts.add(new LevelCount(skill, level, 1, Math.min(1, cell[1])));
                counts.add(new LevelCount(skill, level, cell[0] - 1, cell[1] - Math.min(1, cell[1])));
            } else {
                counts.add(new LevelCount(skill, level, cell[0], cell[1]));
            }
        });

        assertThat(CefrEstimator.fromCounts(counts)).isEqualTo(CefrEstimator.estimate(facts));
    }

    @Property
    void changesNameExactlyTheSkillsAndTheOverallLevelThatDiffer(@ForAll("histories") List<AttemptFact> before,
                                                                @ForAll("histories") List<AttemptFact> more) {
        Estimate first = CefrEstimator.estimate(before);
        Estimate later = CefrEstimator.estimate(concat(before, more));

        List<LevelChange> changes = first.changesTo(later);

        for (Skill skill : Skill.values()) {
            Optional<LevelChange> change = changes.stream().filter(c -> c.skill().equals(Optional.of(skill))).findFirst();
            assertThat(change.isPresent()).isEqualTo(!first.skill(skill).level().equals(later.skill(skill).level()));
            change.ifPresent(c -> assertThat(List.of(c.from(), c.to())).containsExactly(first.skill(skill).level(), later.skill(skill).level()));
        }
        assertThat(changes.stream().filter(c -> c.skill().isEmpty()).toList())
                .isEqualTo(first.overall().equals(later.overall()) ? List.of()
                        : List.of(new LevelChange(Optional.empty(), first.overall(), later.overall())));
        assertThat(changes.stream().map(c -> c.skill().map(Skill::ordinal).orElse(99)).toList()).isSorted();
        assertThat(later.changesTo(later)).isEmpty();
    }

    @Example
    void aCountMayNotHoldMoreCorrectAnswersThanAttempts() {
        dev.parley.domain.shared.Refusals.assertRefused("correct", () -> new LevelCount(Skill.READING, CefrLevel.A1, 2, 3));
        dev.parley.domain.shared.Refusals.assertRefused("correct", () -> new LevelCount(Skill.READING, CefrLevel.A1, -1, 0));
        dev.parley.domain.shared.Refusals.assertRefused("skill", () -> new LevelCount(null, CefrLevel.A1, 1, 0));
    }
}
