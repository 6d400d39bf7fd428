package dev.parley.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.fake.MutableClock;
import dev.parley.domain.shared.Retention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPurgeTest {
    private final MutableClock clock = MutableClock.standard();
    private final List<Instant> cutoffs = new ArrayList<>();

    private RetentionPurge purgeOf(int... batches) {
        int[] next = {0};
        return new RetentionPurge("things", new Retention(Duration.ofDays(7)), (cutoff, limit) -> {
            cutoffs.add(cutoff);
            assertThat(limit).isEqualTo(RetentionPurge.BATCH);
            return next[0] < batches.length ? batches[next[0]++] : 0;
        }, clock);
    }

    @Test
    void deletes_what_the_retention_calls_old_batch_after_batch_until_one_comes_back_short() {
        RetentionPurge purge = purgeOf(RetentionPurge.BATCH, RetentionPurge.BATCH, 7, RetentionPurge.BATCH);

        assertThat(purge.purge()).isEqualTo(2L * RetentionPurge.BATCH + 7);
        assertThat(cutoffs).hasSize(3).containsOnly(clock.instant().minus(Duration.ofDays(7)));
        assertThat(purge.subject()).isEqualTo("things");
    }

    @Test
    void one_pass_stops_after_the_most_batches_it_may_take() {
        int[] full = new int[RetentionPurge.MAX_BATCHES + 5];
        Arrays.fill(full, RetentionPurge.BATCH);

        assertThat(purgeOf(full).purge()).isEqualTo((long) RetentionPurge.MAX_BATCHES * RetentionPurge.BATCH);
        assertThat(cutoffs).hasSize(RetentionPurge.MAX_BATCHES);
    }

    @Test
    void an_empty_store_takes_one_look() {
        assertThat(purgeOf().purge()).isZero();
        assertThat(cutoffs).hasSize(1);
    }
}
