package dev.parley.adapter.http.helpdesk.dto;

import java.util.List;

/** One page of tickets: {@code {data, meta{total, page, perPage}}}. */
public record TicketListResponse(List<TicketSummaryResponse> data, Meta meta) {
    /** Paging facts of the helpdesk list. */
    public record Meta(long total, int page, int perPage) {
    }
}
