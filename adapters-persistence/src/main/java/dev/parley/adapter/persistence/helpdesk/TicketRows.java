package dev.parley.adapter.persistence.helpdesk;

import dev.parley.adapter.persistence.jooq.tables.records.TicketMessagesRecord;
import dev.parley.adapter.persistence.jooq.tables.records.TicketsRecord;
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
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Maps ticket and message rows to the domain, and back. */
final class TicketRows {
    private TicketRows() {
    }

    static TicketsRecord toRecord(Ticket ticket, long version) {
        TicketsRecord r = new TicketsRecord();
        r.setId(ticket.id().value());
        r.setOrganizationId(ticket.organizationId().value());
        r.setChannel(ticket.channel().wireName());
        r.setStatus(ticket.status().wireName());
        r.setSubject(ticket.subject().value());
        r.setCustomerName(ticket.customer().name());
        r.setCustomerEmail(ticket.customer().email().value());
        r.setCustomerUserId(ticket.customer().userId().orElse(null));
        r.setAssigneeId(ticket.assignee().map(AgentId::value).orElse(null));
        r.setTags(tagsOf(ticket.tags()));
        r.setCreatedAt(ticket.createdAt());
        r.setUpdatedAt(ticket.updatedAt());
        r.setFirstResponseAt(ticket.firstResponseAt().orElse(null));
        r.setVersion(version);
        return r;
    }

    static TicketMessagesRecord toRecord(Ticket ticket, TicketMessage message, int position) {
        TicketMessagesRecord r = new TicketMessagesRecord();
        r.setId(message.id().value());
        r.setTicketId(ticket.id().value());
        r.setOrganizationId(ticket.organizationId().value());
        r.setPosition(position);
        r.setRole(message.role().wireName());
        r.setText(message.text().value());
        r.setAgentName(message.agentName().orElse(null));
        r.setInternal(message.internal());
        r.setCreatedAt(message.createdAt());
        return r;
    }

    static String[] tagsOf(Tags tags) {
        return tags.values().toArray(String[]::new);
    }

    static Ticket toTicket(TicketsRecord r, List<TicketMessage> messages) {
        return Ticket.rehydrate(new TicketId(r.getId()), new OrganizationId(r.getOrganizationId()), channel(r),
                new Subject(r.getSubject()), customer(r), status(r), assignee(r), tags(r), r.getCreatedAt(),
                r.getUpdatedAt(), Optional.ofNullable(r.getFirstResponseAt()), messages, r.getVersion());
    }

    static TicketSummaryView toSummary(TicketsRecord r) {
        return new TicketSummaryView(new TicketId(r.getId()), new OrganizationId(r.getOrganizationId()), status(r),
                channel(r), new Subject(r.getSubject()), customer(r), assignee(r), tags(r), r.getCreatedAt(),
                r.getUpdatedAt(), Optional.ofNullable(r.getFirstResponseAt()));
    }

    static TicketMessage toMessage(TicketMessagesRecord r) {
        return new TicketMessage(new MessageId(r.getId()), role(r.getRole()), new MessageText(r.getText()),
                Optional.ofNullable(r.getAgentName()), r.getInternal(), r.getCreatedAt());
    }

    private static Channel channel(TicketsRecord r) {
        return Channel.parse("channel", r.getChannel());
    }

    private static TicketStatus status(TicketsRecord r) {
        return TicketStatus.parse("status", r.getStatus());
    }

    private static Customer customer(TicketsRecord r) {
        return new Customer(r.getCustomerName(), new EmailAddress(r.getCustomerEmail()), Optional.ofNullable(r.getCustomerUserId()));
    }

    private static Optional<AgentId> assignee(TicketsRecord r) {
        return Optional.ofNullable(r.getAssigneeId()).map(AgentId::new);
    }

    private static Tags tags(TicketsRecord r) {
        return new Tags(Arrays.asList(r.getTags()));
    }

    private static MessageRole role(String wireName) {
        return Arrays.stream(MessageRole.values())
                .filter(role -> role.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown message role in the database: " + wireName));
    }
}
