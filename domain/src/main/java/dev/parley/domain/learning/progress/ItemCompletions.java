package dev.parley.domain.learning.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each item counts as completed: the instant of its first correct attempt. Later correct attempts at the same
 * item complete nothing, so pass the learner's whole history, not a slice of it.
 */
public final class ItemCompletions {
    private ItemCompletions() {
    }

    /** The first correct attempt's instant per item id; items never answered correctly are absent. */
    public static Map<Long, Instant> firstCorrect(Collection<AttemptFact> facts) {
        Map<Long, Instant> first = new HashMap<>();
        for (AttemptFact fact : facts) {
            if (fact.correct()) {
                first.merge(fact.itemId(), fact.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    /** The completion instants of all completed items, earliest first: one per item. */
    public static List<Instant> instants(Collection<AttemptFact> facts) {
        return firstCorrect(facts).values().stream().sorted().toList();
    }
}
