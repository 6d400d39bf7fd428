package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.progress.XpLevels.XpProgress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class XpLevelsTest {

    /** Small totals (the real range), the whole range, and the exact level starts and their neighbours. */
    @Provide
    Arbitrary<Long> totals() {
        Arbitrary<Long> nearStarts = Arbitraries.integers().between(1, XpLevels.MAX_LEVEL)
                .flatMap(level -> Arbitraries.longs().between(-1, 1).map(d -> 50L * level * (level - 1) + d))
                .filter(xp -> xp >= 0 && xp <= XpLevels.MAX_XP);
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(0, XpLevels.MAX_XP), nearStarts);
    }

    @Property
    void theLevelNeverFallsAsXpGrows(@ForAll("totals") long a, @ForAll("totals") long b) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);

        assertThat(XpLevels.levelFor(low)).isLessThanOrEqualTo(XpLevels.levelFor(high));
    }

    @Property
    void theLevelIsTheHighestWhoseStartHasBeenReached(@ForAll("totals") long xp) {
        int level = XpLevels.levelFor(xp);

        assertThat(level).isBetween(1, XpLevels.MAX_LEVEL);
        assertThat(XpLevels.xpForLevel(level)).isLessThanOrEqualTo(xp);
        assertThat(XpLevels.xpForLevel(level + 1)).isGreaterThan(xp);
    }

    @Property
    void progressRunsFromZeroTowardsOneWithinALevel(@ForAll("totals") long xp) {
        XpProgress progress = XpLevels.progress(xp);

        assertThat(progress.totalXp()).isEqualTo(xp);
        assertThat(progress.levelStartXp()).isEqualTo(XpLevels.xpForLevel(progress.level()));
        assertThat(progress.nextLevelXp()).isEqualTo(XpLevels.xpForLevel(progress.level() + 1));
        assertThat(progress.xpForNextLevel()).isPositive().isEqualTo(progress.nextLevelXp() - xp);
        assertThat(progress.progress()).isGreaterThanOrEqualTo(0).isLessThan(1);
        assertThat(progress.progress() == 0).isEqualTo(xp == progress.levelStartXp());
    }

    @Property
    void eachLevelTakesAHundredXpMoreThanTheOneBefore(@ForAll @IntRange(min = 1, max = 100_000) int level) {
        assertThat(XpLevels.xpForLevel(level + 1) - XpLevels.xpForLevel(level)).isEqualTo(100L * level);
    }

    @Example
    void theCurveStartsAtZeroAndGoesOneHundredThreeHundredSixHundredAThousand() {
        assertThat(XpLevels.levelFor(0)).isEqualTo(1);
        assertThat(XpLevels.levelFor(99)).isEqualTo(1);
        assertThat(XpLevels.levelFor(100)).isEqualTo(2);
        assertThat(XpLevels.levelFor(299)).isEqualTo(2);
        assertThat(XpLevels.levelFor(300)).isEqualTo(3);
        assertThat(XpLevels.levelFor(600)).isEqualTo(4);
        assertThat(XpLevels.levelFor(1_000)).isEqualTo(5);
        assertThat(XpLevels.levelFor(4_500)).isEqualTo(10);
        assertThat(XpLevels.xpForLevel(1)).isZero();
    }

    @Example
    void reportsWhatIsLeftToTheNextLevel() {
        XpProgress progress = XpLevels.progress(450);

        assertThat(progress).isEqualTo(new XpProgress(450, 3, 300, 600));
        assertThat(progress.xpForNextLevel()).isEqualTo(150);
        assertThat(progress.progress()).isEqualTo(0.5);
    }

    @Example
    void theTopOfTheRangeStillHasANextLevel() {
        XpProgress top = XpLevels.progress(XpLevels.MAX_XP);

        assertThat(top.level()).isEqualTo(XpLevels.MAX_LEVEL);
        assertThat(top.nextLevelXp()).isGreaterThan(XpLevels.MAX_XP);
    }

    @Example
    void refusesXpAndLevelsOutOfRange() {
        assertRefused("xp", () -> XpLevels.levelFor(-1));
        assertRefused("xp", () -> XpLevels.progress(XpLevels.MAX_XP + 1));
        assertRefused("level", () -> XpLevels.xpForLevel(0));
        assertRefused("level", () -> XpLevels.xpForLevel(XpLevels.MAX_LEVEL + 2));
    }
}
