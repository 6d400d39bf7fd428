package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.progress.HistoryRange;
import dev.parley.domain.learning.progress.ProgressHistory.Bucket;
import java.util.List;
import java.util.Objects;

/** A learner's history: the range it covers in their zone and every bucket of it, oldest first, empty ones included. */
public record ProgressHistoryView(Learner learner, HistoryRange range, List<Bucket> buckets) {
    public ProgressHistoryView {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(range, "range");
        buckets = List.copyOf(buckets);
    }
}
