package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Streaks of consecutive local days with activity, in the learner's zone. The current streak is the run ending today,
 * or ending yesterday: a streak survives the whole local day after its last active day, so the learner can still
 * extend it until midnight, and drops to zero when that day ends without activity. Activity on local days after
 * today (clock skew) is ignored.
 */
public final class Streaks {
    private Streaks() {
    }

    /** The current and longest streak as of {@code now}. */
    public static Streak of(Collection<Instant> activity, ZoneId zone, Instant now) {
        InvalidInput.required("zone", zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        List<LocalDate> days = activeDays(activity, zone).keySet().stream().filter(d -> !d.isAfter(today)).toList();
        int longest = 0;
        int run = 0;
        for (int i = 0; i < days.size(); i++) {
            run = i > 0 && days.get(i - 1).plusDays(1).equals(days.get(i)) ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        boolean activeToday = !days.isEmpty() && days.getLast().equals(today);
        boolean alive = activeToday || (!days.isEmpty() && days.getLast().equals(today.minusDays(1)));
        return new Streak(alive ? run : 0, longest, activeToday);
    }

    /**
     * The earliest instant at which a streak of {@code length} days was first reached: the first activity of the day
     * that completed the first run of that many consecutive active days; empty if no run was that long.
     */
    public static Optional<Instant> firstReached(Collection<Instant> activity, ZoneId zone, int length) {
        InvalidInput.required("zone", zone);
        if (length < 1) {
            throw new InvalidInput("length", "must be at least 1");
        }
        Map<LocalDate, Instant> firstOfDay = activeDays(activity, zone);
        List<LocalDate> days = List.copyOf(firstOfDay.keySet());
        Optional<Instant> best = Optional.empty();
        for (int start = 0; start + length <= days.size(); start++) {
            if (days.get(start).plusDays(length - 1L).equals(days.get(start + length - 1))) {
                Instant reached = days.subList(start, start + length).stream().map(firstOfDay::get)
                        .max(Instant::compareTo).orElseThrow();
                best = best.filter(b -> !b.isAfter(reached)).or(() -> Optional.of(reached));
            }
        }
        return best;
    }

    /** Each active local day, in order, with its first activity. */
    private static TreeMap<LocalDate, Instant> activeDays(Collection<Instant> activity, ZoneId zone) {
        TreeMap<LocalDate, Instant> firstOfDay = new TreeMap<>();
        for (Instant at : activity) {
            firstOfDay.merge(at.atZone(zone).toLocalDate(), at, (a, b) -> a.isBefore(b) ? a : b);
        }
        return firstOfDay;
    }

    /** The current streak in days, the longest ever, and whether today already counts. */
    public record Streak(int current, int longest, boolean activeToday) {
    }
}
