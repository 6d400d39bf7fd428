package dev.parley.adapter.http.helpdesk.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A ticket with all its messages in order. */
@JsonPropertyOrder({"id", "orgId", "status", "channel", "subject", "createdAt", "updatedAt", "firstResponseAt", "customer", "assignedTo", "tags", "messages"})
public record TicketResponse(String id, String orgId, String status, String channel, String subject,
                             String createdAt, String updatedAt, String firstResponseAt,
                             CustomerResponse customer, String assignedTo, List<String> tags,
                             List<MessageResponse> messages) {
}
