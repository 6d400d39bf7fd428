package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The bearer token a sign-in produced, with the user it belongs to. */
public record SignInResponse(String token, @JsonProperty("token_type") String tokenType, List<String> abilities,
                             @JsonProperty("expires_at") String expiresAt, UserResponse user) {
}
