package dev.parley.adapter.http.livechat.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A page of history: {@code {data, current_page, per_page, total}}. */
public record MessageHistoryResponse(List<MessageResponse> data, @JsonProperty("current_page") int currentPage,
                                     @JsonProperty("per_page") int perPage, long total) {
}
