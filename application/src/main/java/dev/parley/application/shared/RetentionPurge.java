package dev.parley.application.shared;

import dev.parley.application.shared.port.in.Housekeeping;
import dev.parley.domain.shared.Retention;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Housekeeping for one store whose old rows a single cutoff identifies: deletes batches of {@link #BATCH} until a batch
 * comes back short, or {@link #MAX_BATCHES} were deleted, so one pass never holds locks long or runs unbounded. What is
 * old comes from a {@link Retention} of the policy.
 */
public final class RetentionPurge implements Housekeeping {
    public static final int BATCH = 1000;
    public static final int MAX_BATCHES = 50;

    /** Deletes at most {@code limit} items old at {@code cutoff}; answers how many. */
    @FunctionalInterface
    public interface Step {
        int delete(Instant cutoff, int limit);
    }

    private final String subject;
    private final Retention retention;
    private final Step step;
    private final Clock clock;

    public RetentionPurge(String subject, Retention retention, Step step, Clock clock) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.step = Objects.requireNonNull(step, "step");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public long purge() {
        Instant cutoff = retention.cutoff(clock.instant());
        long removed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = step.delete(cutoff, BATCH);
            removed += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return removed;
    }
}
