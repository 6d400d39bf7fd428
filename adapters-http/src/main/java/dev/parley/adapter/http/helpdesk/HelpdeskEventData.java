package dev.parley.adapter.http.helpdesk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.http.helpdesk.dto.TicketSummaryResponse;
import dev.parley.adapter.http.support.Json;
import dev.parley.adapter.http.support.StoredEventData;
import dev.parley.adapter.http.support.SurfaceEventData;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.MessageRole;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.util.Set;

/**
 * Ticket events as the helpdesk shows tickets: a ticket is the list item of {@code GET /v1/tickets} (camelCase,
 * {@code tkt_}/{@code org_}/{@code agent_} ids, times to the second), a message is a message of
 * {@code GET /v1/tickets/{id}} with its {@code ticketId}. Both go through {@link TicketDtoMapper}, as the routes do.
 */
public final class HelpdeskEventData implements SurfaceEventData {
    public static final String TICKET_CREATED = "ticket.created";
    public static final String TICKET_UPDATED = "ticket.updated";
    public static final String TICKET_MESSAGE_CREATED = "ticket.message.created";

    private static final TicketDtoMapper MAPPER = TicketDtoMapper.INSTANCE;

    @Override
    public Set<String> types() {
        return Set.of(TICKET_CREATED, TICKET_UPDATED, TICKET_MESSAGE_CREATED);
    }

    @Override
    public JsonFragment render(String type, OrganizationId organization, StoredEventData data) {
        return switch (type) {
            case TICKET_CREATED -> Json.fragment(ticket(organization, data));
            case TICKET_UPDATED -> {
                ObjectNode ticket = Json.tree(ticket(organization, data));
                data.texts("changed").forEach(ticket.putArray("changed")::add);
                yield Json.fragment(ticket);
            }
            case TICKET_MESSAGE_CREATED -> message(data);
            default -> throw new IllegalArgumentException("the helpdesk does not own " + type);
        };
    }

    private static TicketSummaryResponse ticket(OrganizationId organization, StoredEventData data) {
        TicketSummaryView view = new TicketSummaryView(new TicketId(data.uuid("ticket_id")), organization,
                data.choice("status", TicketStatus.values(), TicketStatus::wireName),
                data.choice("channel", Channel.values(), Channel::wireName),
                new Subject(data.text("subject")),
                Customer.of(data.text("customer_name"), data.text("customer_email"), data.optionalText("customer_user_id")),
                data.optionalNumber("assignee_id").map(AgentId::new), new Tags(data.texts("tags")),
                data.instant("created_at"), data.instant("updated_at"), data.optionalInstant("first_response_at"));
        return MAPPER.toSummary(view);
    }

    private static JsonFragment message(StoredEventData data) {
        TicketMessage message = new TicketMessage(new MessageId(data.uuid("message_id")),
                data.choice("role", MessageRole.values(), MessageRole::wireName), MessageText.of("text", data.text("text")),
                data.optionalText("agent_name"), data.flag("internal"), data.instant("created_at"));
        return Json.fragment(Json.withAfterId(Json.tree(MAPPER.toMessage(message)), "ticketId",
                MAPPER.ticketId(new TicketId(data.uuid("ticket_id")))));
    }
}
