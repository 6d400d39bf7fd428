package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A leaderboard: ranked display names with their XP, and what was counted with the caller's own place. */
@JsonPropertyOrder({"data", "meta"})
public record LeaderboardResponse(List<Entry> data, Meta meta) {
    /** One ranked person; {@code is_you} marks the caller. */
    @JsonPropertyOrder({"rank", "display_name", "xp", "is_you"})
    public record Entry(int rank, @JsonProperty("display_name") String displayName, long xp, @JsonProperty("is_you") boolean isYou) {
    }

    /** The period counted, its local dates (null for all time), the zone they are in, the limit, and the caller's place. */
    @JsonPropertyOrder({"period", "from", "to", "time_zone", "limit", "you"})
    public record Meta(String period, String from, String to, @JsonProperty("time_zone") String timeZone, int limit, Place you) {
    }

    /** The caller's rank (null without XP in the period) and XP. */
    @JsonPropertyOrder({"rank", "xp"})
    public record Place(Integer rank, long xp) {
    }
}
