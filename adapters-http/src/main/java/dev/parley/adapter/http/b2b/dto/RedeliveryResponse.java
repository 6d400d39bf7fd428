package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A delivery queued again: the same delivery and message id, pending until its next attempt is logged. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"delivery_id", "message_id", "delivery_status"})
public record RedeliveryResponse(String deliveryId, String messageId, String deliveryStatus) {
}
