package dev.parley.adapter.http.livechat.dto;

/** What creating answers: the new resource's id. */
public record IdResponse(String id) {
}
