package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A learner's progress bucketed by local day or ISO week (Monday first) in their zone, every bucket of the range
 * present even when empty. Only attempts whose local date lies within {@code from..to} count, so the first and last
 * week may be partial; a week bucket is dated by its Monday, even when that is before {@code from}. An item counts as
 * completed in the bucket of its first correct attempt in the facts given (pass the whole history, or an item first
 * completed before the range counts again); its later correct attempts complete nothing.
 */
public final class ProgressHistory {
    private ProgressHistory() {
    }

    /** The buckets of {@code range}, oldest first. */
    public static List<Bucket> of(Collection<AttemptFact> facts, ZoneId zone, HistoryRange range) {
        InvalidInput.required("zone", zone);
        Map<LocalDate, ActivityTotals> days = new TreeMap<>();
        for (AttemptFact fact : facts) {
            days.merge(fact.at().atZone(zone).toLocalDate(),
                    new ActivityTotals(fact.xpAwarded(), 1, 0, 0, fact.durationMs(), Optional.of(fact.at())), ActivityTotals::plus);
        }
        for (Instant completed : ItemCompletions.firstCorrect(facts).values()) {
            days.merge(completed.atZone(zone).toLocalDate(), new ActivityTotals(0, 0, 0, 1, 0, Optional.of(completed)),
                    ActivityTotals::plus);
        }
        return ofDays(days, range);
    }

    /**
     * The buckets of {@code range}, oldest first, from activity already summed per local day (days outside the range are
     * ignored): the XP, items completed and time of every day in a bucket add up.
     */
    public static List<Bucket> ofDays(Map<LocalDate, ActivityTotals> days, HistoryRange range) {
        InvalidInput.required("range", range);
        Map<LocalDate, long[]> totals = new LinkedHashMap<>();
        Granularity granularity = range.granularity();
        LocalDate start = granularity.bucketStart(range.from());
        while (!start.isAfter(range.to())) {
            totals.put(start, new long[3]);
            start = granularity.next(start);
        }
        days.forEach((date, day) -> {
            if (range.contains(date)) {
                long[] bucket = totals.get(granularity.bucketStart(date));
                bucket[0] += day.xp();
                bucket[1] += day.itemsCompleted();
                bucket[2] += day.durationMs();
            }
        });
        List<Bucket> buckets = new ArrayList<>(totals.size());
        totals.forEach((date, t) -> buckets.add(new Bucket(date, t[0], (int) t[1], t[2])));
        return buckets;
    }

    /**
     * One bucket: the local date it starts on, the XP earned, the items completed, and the time spent in milliseconds;
     * {@link #minutes()} rounds that time once per bucket, half a minute up.
     */
    public record Bucket(LocalDate date, long xp, int itemsCompleted, long durationMs) {
        public long minutes() {
            return (durationMs + 30_000) / 60_000;
        }
    }
}
