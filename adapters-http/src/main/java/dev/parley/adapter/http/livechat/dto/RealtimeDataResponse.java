package dev.parley.adapter.http.livechat.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Viewers now and messages stored. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RealtimeDataResponse(long clientsCount, long totalMessages) {
}
