package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks learners by XP with standard competition ranking: equal XP shares a rank and the next rank skips the tied
 * places (1, 1, 3). Rows are ordered by XP descending, then display name (case-insensitively, then exactly, so the
 * order never depends on the locale or the input order), then learner id.
 */
public final class Leaderboard {
    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::xp).reversed()
            .thenComparing(Entry::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Entry::displayName)
            .thenComparingLong(Entry::learnerId);

    private Leaderboard() {
    }

    /** The ranked rows; each learner may appear once. */
    public static List<Ranked> rank(Collection<Entry> entries) {
        Set<Long> seen = new HashSet<>();
        for (Entry entry : entries) {
            if (!seen.add(entry.learnerId())) {
                throw new InvalidInput("learner_id", "must appear once, but " + entry.learnerId() + " appears twice");
            }
        }
        List<Entry> ordered = entries.stream().sorted(ORDER).toList();
        List<Ranked> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Entry entry = ordered.get(i);
            int rank = i > 0 && ordered.get(i - 1).xp() == entry.xp() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(rank, entry.learnerId(), entry.displayName(), entry.xp()));
        }
        return ranked;
    }

    /**
     * The rank of a learner out-scored by {@code learnersAhead} others: standard competition ranking makes it one more than
     * the number of learners with strictly more XP, whatever the ties below or level with them.
     */
    public static int rankBehind(long learnersAhead) {
        if (learnersAhead < 0 || learnersAhead >= Integer.MAX_VALUE) {
            throw new InvalidInput("learners_ahead", "must be 0-" + (Integer.MAX_VALUE - 1));
        }
        return (int) learnersAhead + 1;
    }

    /** One learner's XP over the period being ranked. */
    public record Entry(long learnerId, String displayName, long xp) {
        public Entry {
            InvalidInput.required("display_name", displayName);
            if (xp < 0) {
                throw new InvalidInput("xp", "must not be negative");
            }
        }
    }

    /** A learner's place on the leaderboard. */
    public record Ranked(int rank, long learnerId, String displayName, long xp) {
    }
}
