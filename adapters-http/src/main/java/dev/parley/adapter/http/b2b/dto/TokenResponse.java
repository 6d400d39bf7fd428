package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An API token as lists show it; {@code token} (the plain text) only in the response that creates it. */
public record TokenResponse(long id, String name, List<String> abilities, @JsonProperty("user_id") Long userId,
                            @JsonProperty("created_at") String createdAt, @JsonProperty("expires_at") String expiresAt,
                            @JsonProperty("last_used_at") String lastUsedAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String token) {
}
