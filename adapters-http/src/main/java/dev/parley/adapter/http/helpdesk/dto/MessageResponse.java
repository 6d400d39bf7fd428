package dev.parley.adapter.http.helpdesk.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A ticket message on the wire; {@code agentName} only when known. */
public record MessageResponse(String id, String role, String text,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String agentName,
                              boolean internal, String createdAt) {
}
