package dev.parley.adapter.http.livechat.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A message in a room's history. */
@JsonPropertyOrder({"id", "userid", "username", "message", "moderator", "visibility", "timestamp"})
public record MessageResponse(String id, String userid, String username, String message, boolean moderator,
                              String visibility, String timestamp) {
}
