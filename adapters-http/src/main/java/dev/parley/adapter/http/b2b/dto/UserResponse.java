package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A person as the b2b surface shows one. */
@JsonPropertyOrder({"id", "organization_id", "name", "email", "role", "time_zone", "created_at"})
public record UserResponse(long id, @JsonProperty("organization_id") long organizationId, String name, String email,
                           String role, @JsonProperty("time_zone") String timeZone, @JsonProperty("created_at") String createdAt) {
}
