package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person as the b2b surface shows one. */
public record UserResponse(long id, @JsonProperty("organization_id") long organizationId, String name, String email,
                           String role, @JsonProperty("created_at") String createdAt) {
}
