package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.progress.LeaderboardPeriod;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leaderboard as a viewer sees it: the period and zone it was counted in, the ranked rows (display names only), and
 * the viewer's own place, absent when the viewer is no person.
 */
public record LeaderboardView(LeaderboardPeriod period, ZoneId zone, int limit, List<Row> rows, Optional<Place> viewer) {
    public LeaderboardView {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        rows = List.copyOf(rows);
        Objects.requireNonNull(viewer, "viewer");
    }

    /** One ranked person; {@code viewer} marks the viewer's own row. */
    public record Row(int rank, String displayName, long xp, boolean viewer) {
        public Row {
            Objects.requireNonNull(displayName, "displayName");
        }
    }

    /** The viewer's rank and XP; no rank without XP in the period. */
    public record Place(Optional<Integer> rank, long xp) {
        public Place {
            Objects.requireNonNull(rank, "rank");
        }
    }
}
