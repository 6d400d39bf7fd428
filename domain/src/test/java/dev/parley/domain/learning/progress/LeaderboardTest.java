package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.progress.Leaderboard.Entry;
import dev.parley.domain.learning.progress.Leaderboard.Ranked;
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

class LeaderboardTest {

    /** Rows with unique learner ids and few distinct XP values and names, so that ties are common. */
    @Provide
    Arbitrary<List<Entry>> boards() {
        Arbitrary<String> names = Arbitraries.of("ada", "Ada", "bob", "Bob", "Ævar", "zoë", "Émile", "李", "");
        Arbitrary<Long> xp = Arbitraries.oneOf(Arbitraries.longs().between(0, 5).map(x -> x * 100), Arbitraries.longs().between(0, 100_000));
        Arbitrary<Entry> row = Combinators.combine(names, xp).as((name, points) -> new Entry(0, name, points));
        return Combinators.combine(row.list().ofMaxSize(30), Arbitraries.longs().between(1, 1_000_000).list().uniqueElements().ofSize(30))
                .as((rows, ids) -> IntStream.range(0, rows.size())
                        .mapToObj(i -> new Entry(ids.get(i), rows.get(i).displayName(), rows.get(i).xp())).toList());
    }

    @Property
    void aRankIsOneMoreThanTheNumberOfLearnersWithMoreXp(@ForAll("boards") List<Entry> entries) {
        for (Ranked ranked : Leaderboard.rank(entries)) {
            long ahead = entries.stream().filter(e -> e.xp() > ranked.xp()).count();
            assertThat(ranked.rank()).isEqualTo(ahead + 1);
        }
    }

    @Property
    void rowsRunFromMostXpDownThenByNameThenId(@ForAll("boards") List<Entry> entries) {
        List<Ranked> ranked = Leaderboard.rank(entries);

        assertThat(ranked.stream().map(r -> new Entry(r.learnerId(), r.displayName(), r.xp())))
                .containsExactlyInAnyOrderElementsOf(entries);
        for (int i = 1; i < ranked.size(); i++) {
            Ranked above = ranked.get(i - 1);
            Ranked below = ranked.get(i);
            assertThat(above.xp()).isGreaterThanOrEqualTo(below.xp());
            assertThat(above.rank()).isLessThanOrEqualTo(below.rank());
            assertThat(above.rank() == below.rank()).isEqualTo(above.xp() == below.xp());
            if (above.xp() == below.xp()) {
                int byName = String.CASE_INSENSITIVE_ORDER.compare(above.displayName(), below.displayName());
                int exactly = above.displayName().compareTo(below.displayName());
                assertThat(byName < 0 || byName == 0 && (exactly < 0 || exactly == 0 && above.learnerId() < below.learnerId())).isTrue();
            }
        }
        if (!ranked.isEmpty()) {
            assertThat(ranked.getFirst().rank()).isEqualTo(1);
        }
    }

    @Property
    void theInputOrderDoesNotMatter(@ForAll("boards") List<Entry> entries, @ForAll long seed) {
        List<Entry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Leaderboard.rank(shuffled)).isEqualTo(Leaderboard.rank(entries));
    }

    @Example
    void tiesShareARankAndTheNextRankSkipsTheirPlaces() {
        List<Ranked> ranked = Leaderboard.rank(List.of(new Entry(3, "Cleo", 80), new Entry(1, "Ada", 120), new Entry(2, "bob", 120),
                new Entry(4, "Dan", 80), new Entry(5, "Eve", 10)));

        assertThat(ranked).containsExactly(
                new Ranked(1, 1, "Ada", 120),
                new Ranked(1, 2, "bob", 120),
                new Ranked(3, 3, "Cleo", 80),
                new Ranked(3, 4, "Dan", 80),
                new Ranked(5, 5, "Eve", 10));
    }

    @Example
    void equalNamesAreOrderedByCaseThenLearnerId() {
        List<Ranked> ranked = Leaderboard.rank(List.of(new Entry(9, "ada", 0), new Entry(7, "Ada", 0), new Entry(8, "ada", 0)));

        assertThat(ranked.stream().map(Ranked::learnerId)).containsExactly(7L, 8L, 9L);
        assertThat(ranked.stream().map(Ranked::rank)).containsExactly(1, 1, 1);
    }

    @Example
    void anEmptyBoardHasNoRows() {
        assertThat(Leaderboard.rank(List.of())).isEmpty();
    }

    @Example
    void refusesDuplicateLearnersNegativeXpAndMissingNames() {
        assertRefused("learner_id", () -> Leaderboard.rank(List.of(new Entry(1, "Ada", 5), new Entry(1, "Ada", 7))));
        assertRefused("xp", () -> new Entry(1, "Ada", -1));
        assertRefused("display_name", () -> new Entry(1, null, 1));
    }

    @Property
    void aLearnerOutScoredByOthersRanksJustBehindThem(@ForAll("boards") List<Entry> entries) {
        for (Ranked ranked : Leaderboard.rank(entries)) {
            assertThat(Leaderboard.rankBehind(entries.stream().filter(e -> e.xp() > ranked.xp()).count())).isEqualTo(ranked.rank());
        }
    }

    @Example
    void nobodyAheadIsFirstAndACountCannotBeNegative() {
        assertThat(Leaderboard.rankBehind(0)).isEqualTo(1);
        assertRefused("learners_ahead", () -> Leaderboard.rankBehind(-1));
    }
}
