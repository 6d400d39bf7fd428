package dev.parley.adapter.http.helpdesk;

import dev.parley.adapter.http.helpdesk.dto.CustomerResponse;
import dev.parley.adapter.http.helpdesk.dto.MessageResponse;
import dev.parley.adapter.http.helpdesk.dto.TicketResponse;
import dev.parley.adapter.http.helpdesk.dto.TicketSummaryResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.MessageRole;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps tickets and messages to the helpdesk's camelCase, prefixed-id wire shapes. */
@Mapper
public interface TicketDtoMapper {
    TicketDtoMapper INSTANCE = Mappers.getMapper(TicketDtoMapper.class);

    @Mapping(target = "orgId", source = "organizationId")
    @Mapping(target = "assignedTo", source = "assignee")
    TicketSummaryResponse toSummary(TicketSummaryView view);

    @Mapping(target = ".", source = "view")
    @Mapping(target = "orgId", source = "view.organizationId")
    @Mapping(target = "assignedTo", source = "view.assignee")
    @Mapping(target = "messages", source = "messages")
    TicketResponse toDetail(TicketSummaryView view, List<TicketMessage> messages);

    MessageResponse toMessage(TicketMessage message);

    default TicketResponse toResponse(Ticket ticket) {
        TicketSummaryView view = new TicketSummaryView(ticket.id(), ticket.organizationId(), ticket.status(),
                ticket.channel(), ticket.subject(), ticket.customer(), ticket.assignee(), ticket.tags(),
                ticket.createdAt(), ticket.updatedAt(), ticket.firstResponseAt());
        return toDetail(view, ticket.messages());
    }

    default CustomerResponse customer(Customer customer) {
        return new CustomerResponse(customer.name(), customer.email().value(), customer.userId().orElse(null));
    }

    default String ticketId(TicketId id) {
        return HelpdeskIds.ticket(id);
    }

    default String messageId(MessageId id) {
        return HelpdeskIds.message(id);
    }

    default String organizationId(OrganizationId id) {
        return HelpdeskIds.organization(id);
    }

    default String assignee(Optional<AgentId> agent) {
        return agent.map(HelpdeskIds::agent).orElse(null);
    }

    default String status(TicketStatus status) {
        return status.wireName();
    }

    default String channel(Channel channel) {
        return channel.wireName();
    }

    default String role(MessageRole role) {
        return role.wireName();
    }

    default String subject(Subject subject) {
        return subject.value();
    }

    default String text(MessageText text) {
        return text.value();
    }

    default List<String> tags(Tags tags) {
        return tags.values();
    }

    default String time(Instant instant) {
        return Timestamps.seconds(instant);
    }

    default String optionalTime(Optional<Instant> instant) {
        return instant.map(Timestamps::seconds).orElse(null);
    }

    default String optionalText(Optional<String> text) {
        return text.orElse(null);
    }
}
