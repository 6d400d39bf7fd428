package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ItemCountTest {
    @Property
    void thePercentIsRoundedDownSoOnlyEveryItemMakesAHundred(@ForAll @IntRange(max = 5_000) int total,
                                                            @ForAll @IntRange(max = 5_000) int completed) {
        int percent = new ItemCount(Math.min(completed, total), total).percent();

        assertThat(percent).isBetween(0, 100);
        assertThat(percent == 100).isEqualTo(total > 0 && completed >= total);
        if (total > 0) {
            double exact = Math.min(completed, total) * 100.0 / total;
            assertThat((double) percent).isLessThanOrEqualTo(exact).isGreaterThan(exact - 1);
        }
    }

    @Example
    void noItemsIsNoProgressAndCountsAreNotNegative() {
        assertThat(new ItemCount(0, 0).percent()).isZero();
        assertThat(new ItemCount(2, 3).percent()).isEqualTo(66);
        assertRefused("items", () -> new ItemCount(-1, 3));
    }
}
