package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** How a test ping went: the receiver's status or why there was none, and how long it took; never the receiver's body. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"delivery_id", "message_id", "success", "status_code", "error_class", "latency_ms"})
public record PingResponse(String deliveryId, String messageId, boolean success, Integer statusCode, String errorClass,
                           long latencyMs) {
}
