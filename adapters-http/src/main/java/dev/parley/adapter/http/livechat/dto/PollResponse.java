package dev.parley.adapter.http.livechat.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A poll with each option's votes so far. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "room_id", "query", "time_to_answer", "publish_result", "time_for_result", "display_format",
        "show_correctness", "options", "created_at", "updated_at", "opened_at", "closed_at"})
public record PollResponse(String id, String roomId, String query, Integer timeToAnswer, boolean publishResult,
                           int timeForResult, String displayFormat, boolean showCorrectness, List<OptionResponse> options,
                           String createdAt, String updatedAt, String openedAt, String closedAt) {
    /** One option of a poll. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OptionResponse(String id, String text, boolean isCorrect, long votes) {
    }
}
