package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A learner's history, one bucket per local day or week, with the range and zone it was counted in under {@code meta}. */
@JsonPropertyOrder({"data", "meta"})
public record ProgressHistoryResponse(List<Bucket> data, Meta meta) {
    /** One day or week, dated by its first day. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"date", "xp", "items_completed", "minutes"})
    public record Bucket(String date, long xp, int itemsCompleted, long minutes) {
    }

    /** Whose history, over which local dates, in which buckets and zone. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"user_id", "from", "to", "granularity", "time_zone"})
    public record Meta(long userId, String from, String to, String granularity, String timeZone) {
    }
}
