package dev.parley.adapter.http.livechat.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One statistics bucket. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StatisticsResponse(String timestamp, long clientsCount, long messagesCount) {
}
