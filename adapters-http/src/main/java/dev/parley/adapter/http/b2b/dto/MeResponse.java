package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Who the caller is: user (null for an integration token), organization and the token in use. */
public record MeResponse(UserResponse user, OrganizationResponse organization, CurrentToken token) {
    /** The caller's organization. */
    public record OrganizationResponse(long id, String slug, String name) {
    }

    /** The token the request was made with. */
    public record CurrentToken(long id, String name, List<String> abilities,
                               @JsonProperty("expires_at") String expiresAt,
                               @JsonProperty("last_used_at") String lastUsedAt) {
    }
}
