package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AttemptFactTest {
    private static final Instant AT = Instant.parse("2024-03-15T14:23:00Z");

    private static AttemptFact fact(double score, int xp, long durationMs, long itemId) {
        return new AttemptFact(Skill.READING, CefrLevel.B1, true, score, xp, durationMs, AT, itemId);
    }

    @Example
    void acceptsTheBoundaryValues() {
        assertThat(fact(0, 0, 0, 1).score()).isZero();
        assertThat(fact(1, AttemptFact.MAX_XP, AttemptFact.MAX_DURATION_MS, Long.MAX_VALUE).xpAwarded()).isEqualTo(AttemptFact.MAX_XP);
    }

    @Example
    void refusesOutOfRangeValuesNamingTheField() {
        assertRefused("score", () -> fact(-0.01, 1, 1, 1));
        assertRefused("score", () -> fact(1.01, 1, 1, 1));
        assertRefused("score", () -> fact(Double.NaN, 1, 1, 1));
        assertRefused("score", () -> fact(Double.POSITIVE_INFINITY, 1, 1, 1));
        assertRefused("xp_awarded", () -> fact(1, -1, 1, 1));
        assertRefused("xp_awarded", () -> fact(1, AttemptFact.MAX_XP + 1, 1, 1));
        assertRefused("duration_ms", () -> fact(1, 1, -1, 1));
        assertRefused("duration_ms", () -> fact(1, 1, AttemptFact.MAX_DURATION_MS + 1, 1));
        assertRefused("item_id", () -> fact(1, 1, 1, 0));
        assertRefused("item_id", () -> fact(1, 1, 1, -5));
    }

    @Example
    void refusesMissingValuesNamingTheField() {
        assertRefused("skill", () -> new AttemptFact(null, CefrLevel.A1, true, 1, 1, 1, AT, 1));
        assertRefused("cefr_level", () -> new AttemptFact(Skill.GRAMMAR, null, true, 1, 1, 1, AT, 1));
        assertRefused("at", () -> new AttemptFact(Skill.GRAMMAR, CefrLevel.A1, true, 1, 1, 1, null, 1));
    }

    @Provide
    Arbitrary<List<AttemptFact>> histories() {
        return ProgressArbitraries.attempts(ProgressArbitraries.instantsWithin(AT, 3), Arbitraries.longs().between(1, 8))
                .list().ofMaxSize(40);
    }

    @Property
    void anItemIsCompletedAtItsFirstCorrectAttemptWhateverTheOrderOfTheFacts(@ForAll("histories") List<AttemptFact> facts,
                                                                            @ForAll long seed) {
        Map<Long, Instant> expected = new HashMap<>();
        for (AttemptFact fact : facts) {
            if (fact.correct() && (!expected.containsKey(fact.itemId()) || fact.at().isBefore(expected.get(fact.itemId())))) {
                expected.put(fact.itemId(), fact.at());
            }
        }
        List<AttemptFact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(ItemCompletions.firstCorrect(shuffled)).isEqualTo(expected);
        assertThat(ItemCompletions.instants(shuffled)).isSortedAccordingTo(Instant::compareTo)
                .containsExactlyInAnyOrderElementsOf(expected.values());
    }

    @Example
    void wrongAnswersAndRepeatsCompleteNothing() {
        AttemptFact wrong = new AttemptFact(Skill.READING, CefrLevel.A1, false, 0, 0, 1000, AT, 7);
        AttemptFact right = new AttemptFact(Skill.READING, CefrLevel.A1, true, 1, 10, 1000, AT.plusSeconds(60), 7);
        AttemptFact again = new AttemptFact(Skill.READING, CefrLevel.A1, true, 1, 10, 1000, AT.plusSeconds(120), 7);

        assertThat(ItemCompletions.firstCorrect(List.of(wrong))).isEmpty();
        assertThat(ItemCompletions.instants(List.of(again, wrong, right))).containsExactly(AT.plusSeconds(60));
    }
}
