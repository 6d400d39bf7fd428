package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One row of a webhook's deliveries log: an attempt, with its delivery's id, message id ({@code webhook-id}), event
 * type and current status; never the secret or the signature sent.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"delivery_id", "message_id", "event_type", "attempt_number", "started_at", "status_code", "error_class",
        "latency_ms", "response_excerpt", "test", "delivery_status"})
public record DeliveryAttemptResponse(String deliveryId, String messageId, String eventType, int attemptNumber, String startedAt,
                                      Integer statusCode, String errorClass, long latencyMs, String responseExcerpt, boolean test,
                                      String deliveryStatus) {
}
