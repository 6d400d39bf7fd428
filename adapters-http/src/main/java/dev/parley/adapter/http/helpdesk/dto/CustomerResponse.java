package dev.parley.adapter.http.helpdesk.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A ticket's customer on the wire; {@code userId} only when known. */
public record CustomerResponse(String name, String email, @JsonInclude(JsonInclude.Include.NON_NULL) String userId) {
}
