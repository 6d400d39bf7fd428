package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.MostMissed.ItemMisses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MostMissedTest {
    private static final Instant T0 = Instant.parse("2024-03-15T14:23:00.123456Z");

    /** Tallies of distinct items with few distinct misses and times, so that ties on both are common. */
    @Provide
    Arbitrary<List<ItemMisses>> tallies() {
        Arbitrary<int[]> tally = Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 3)).as((attempts, misses, minute) -> new int[] {attempts, Math.min(misses, attempts), minute});
        return Combinators.combine(tally.list().ofMaxSize(12), Arbitraries.longs().between(1, 10_000).list().uniqueElements().ofSize(12))
                .as((rows, ids) -> IntStream.range(0, rows.size()).mapToObj(i -> new ItemMisses(new TrainingItemId(ids.get(i)),
                        rows.get(i)[0], rows.get(i)[1], T0.plusSeconds(60L * rows.get(i)[2]))).toList());
    }

    @Property
    void atMostFiveMissedItemsInOrderAndNoneLeftOutThatRanksAboveThem(@ForAll("tallies") List<ItemMisses> tallies) {
        List<ItemMisses> most = MostMissed.of(tallies);

        assertThat(most).hasSize((int) Math.min(MostMissed.LIMIT, tallies.stream().filter(t -> t.misses() > 0).count()));
        assertThat(most).allSatisfy(item -> assertThat(item.misses()).isPositive()).isSortedAccordingTo(MostMissed.ORDER);
        tallies.stream().filter(t -> t.misses() > 0 && !most.contains(t))
                .forEach(left -> assertThat(MostMissed.ORDER.compare(most.getLast(), left)).isNegative());
    }

    @Property
    void theOrderOfTheTalliesDoesNotMatter(@ForAll("tallies") List<ItemMisses> tallies, @ForAll long seed) {
        List<ItemMisses> shuffled = new ArrayList<>(tallies);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(MostMissed.of(shuffled)).isEqualTo(MostMissed.of(tallies));
    }

    @Example
    void moreMissesFirstThenTheLatestAttemptThenTheItemId() {
        ItemMisses three = new ItemMisses(new TrainingItemId(9), 4, 3, T0);
        ItemMisses oneLater = new ItemMisses(new TrainingItemId(7), 1, 1, T0.plusSeconds(5));
        ItemMisses oneEarlier = new ItemMisses(new TrainingItemId(2), 5, 1, T0);
        ItemMisses oneEarlierHigherId = new ItemMisses(new TrainingItemId(3), 1, 1, T0);
        ItemMisses never = new ItemMisses(new TrainingItemId(1), 8, 0, T0.plusSeconds(60));

        assertThat(MostMissed.of(List.of(never, oneEarlierHigherId, oneEarlier, oneLater, three)))
                .containsExactly(three, oneLater, oneEarlier, oneEarlierHigherId);
    }

    @Example
    void refusesMoreMissesThanAttempts() {
        assertRefused("misses", () -> new ItemMisses(new TrainingItemId(1), 2, 3, T0));
        assertRefused("misses", () -> new ItemMisses(new TrainingItemId(1), 0, 0, T0));
    }
}
