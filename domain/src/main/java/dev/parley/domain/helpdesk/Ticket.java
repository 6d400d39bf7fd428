package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.RecordedEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A customer's request for help and the conversation about it. */
public final class Ticket {
    private final TicketId id;
    private final OrganizationId organizationId;
    private final Channel channel;
    private final Subject subject;
    private final Customer customer;
    private final Instant createdAt;
    private final List<TicketMessage> messages;
    private final RecordedEvents events = new RecordedEvents();
    private TicketStatus status;
    private Optional<AgentId> assignee;
    private Tags tags;
    private Instant updatedAt;
    private Optional<Instant> firstResponseAt;
    private final long version;

    private Ticket(TicketId id, OrganizationId organizationId, Channel channel, Subject subject, Customer customer,
                   TicketStatus status, Optional<AgentId> assignee, Tags tags, Instant createdAt, Instant updatedAt,
                   Optional<Instant> firstResponseAt, List<TicketMessage> messages, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.channel = Objects.requireNonNull(channel);
        this.subject = Objects.requireNonNull(subject);
        this.customer = Objects.requireNonNull(customer);
        this.status = Objects.requireNonNull(status);
        this.assignee = Objects.requireNonNull(assignee);
        this.tags = Objects.requireNonNull(tags);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.firstResponseAt = Objects.requireNonNull(firstResponseAt);
        this.messages = new ArrayList<>(messages);
        this.version = version;
    }

    /** Opens a ticket whose first message is the customer's own words. */
    public static Ticket open(TicketId id, OrganizationId organizationId, Channel channel, Subject subject,
                              Customer customer, MessageId firstMessageId, MessageText firstMessage, Tags tags, Instant now) {
        Ticket ticket = new Ticket(id, organizationId, channel, subject, customer, TicketStatus.OPEN, Optional.empty(),
                tags, now, now, Optional.empty(), List.of(), 0);
        TicketMessage message = new TicketMessage(firstMessageId, MessageRole.CUSTOMER, firstMessage, Optional.empty(), false, now);
        ticket.messages.add(message);
        ticket.events.add(new TicketEvents.TicketCreated(ticket.snapshot(), now));
        ticket.events.add(new TicketEvents.TicketMessageCreated(organizationId, id, message, now));
        return ticket;
    }

    public static Ticket rehydrate(TicketId id, OrganizationId organizationId, Channel channel, Subject subject,
                                   Customer customer, TicketStatus status, Optional<AgentId> assignee, Tags tags,
                                   Instant createdAt, Instant updatedAt, Optional<Instant> firstResponseAt,
                                   List<TicketMessage> messages, long version) {
        return new Ticket(id, organizationId, channel, subject, customer, status, assignee, tags, createdAt, updatedAt,
                firstResponseAt, messages, version);
    }

    /** Applies an agent's changes; records one update event listing what actually changed. */
    public void update(TicketChanges changes, Instant now) {
        List<String> changed = new ArrayList<>();
        changes.status().filter(s -> s != status).ifPresent(s -> {
            status = s;
            changed.add("status");
        });
        changes.assignee().filter(a -> !a.equals(assignee)).ifPresent(a -> {
            assignee = a;
            changed.add("assignedTo");
        });
        changes.tags().filter(t -> !t.equals(tags)).ifPresent(t -> {
            tags = t;
            changed.add("tags");
        });
        if (!changed.isEmpty()) {
            touch(now);
            events.add(new TicketEvents.TicketUpdated(snapshot(), List.copyOf(changed), now));
        }
    }

    /** Adds an agent reply or internal note; the first public reply sets the first-response time. */
    public TicketMessage replyAsAgent(MessageId messageId, MessageText text, Optional<String> agentName, boolean internal, Instant now) {
        TicketMessage message = new TicketMessage(messageId, MessageRole.AGENT, text, agentName, internal, now);
        messages.add(message);
        if (message.isPublicAgentReply() && firstResponseAt.isEmpty()) {
            firstResponseAt = Optional.of(now);
        }
        touch(now);
        events.add(new TicketEvents.TicketMessageCreated(organizationId, id, message, now));
        return message;
    }

    /** Adds a message from the customer, reopening the ticket if it was pending or resolved. */
    public TicketMessage receiveFromCustomer(MessageId messageId, MessageText text, Instant now) {
        TicketMessage message = new TicketMessage(messageId, MessageRole.CUSTOMER, text, Optional.empty(), false, now);
        messages.add(message);
        TicketStatus reopened = status.afterCustomerMessage();
        boolean statusChanged = reopened != status;
        status = reopened;
        touch(now);
        events.add(new TicketEvents.TicketMessageCreated(organizationId, id, message, now));
        if (statusChanged) {
            events.add(new TicketEvents.TicketUpdated(snapshot(), List.of("status"), now));
        }
        return message;
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    /** The events recorded since the last call, oldest first. */
    public List<DomainEvent> pullEvents() {
        return events.drain();
    }

    TicketEvents.TicketSnapshot snapshot() {
        return new TicketEvents.TicketSnapshot(organizationId, id, status, channel, subject, customer, assignee, tags, createdAt, updatedAt,
                firstResponseAt);
    }

    public TicketId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public Channel channel() { return channel; }
    public Subject subject() { return subject; }
    public Customer customer() { return customer; }
    public TicketStatus status() { return status; }
    public Optional<AgentId> assignee() { return assignee; }
    public Tags tags() { return tags; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Optional<Instant> firstResponseAt() { return firstResponseAt; }
    public List<TicketMessage> messages() { return List.copyOf(messages); }
    /** The version this ticket was loaded at, for optimistic locking. */
    public long version() { return version; }
}
