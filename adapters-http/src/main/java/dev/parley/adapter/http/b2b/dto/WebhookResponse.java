package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A webhook; {@code secret} only in the answers that create one or rotate it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "url", "events", "description", "active", "deactivated_reason", "secret_rotated_at", "created_at",
        "updated_at", "secret"})
public record WebhookResponse(long id, String url, List<String> events, String description, boolean active,
                              String deactivatedReason, String secretRotatedAt, String createdAt, String updatedAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
