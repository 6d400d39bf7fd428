package dev.parley.application.contract;

import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.identity.PasswordHash;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the organizations and people a contract test starts from, and builds tickets for it. */
public final class Seed {
    /** A time with microseconds, so any loss of precision shows. */
    public static final Instant T0 = Instant.parse("2024-03-15T14:23:00.123456Z");

    private final Adapters adapters;

    public Seed(Adapters adapters) {
        this.adapters = adapters;
    }

    public OrganizationId organization(long id, String slug) {
        OrganizationId org = new OrganizationId(id);
        adapters.organizations().add(new Organization(org, new OrganizationSlug(slug), "Organization " + slug, T0));
        return org;
    }

    public User user(OrganizationId org, long id, String email, Role role) {
        User user = User.create(new UserId(id), org, new EmailAddress(email), "Person " + id, role,
                Optional.of(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")), T0);
        adapters.users().add(user);
        return user;
    }

    public AgentId agent(OrganizationId org, long id) {
        user(org, id, "agent" + id + "@example.com", Role.AGENT);
        return new AgentId(id);
    }

    /** A new, unsaved ticket with one customer message. */
    public static Ticket ticket(OrganizationId org, UUID id, Channel channel, List<String> tags, Instant at) {
        return Ticket.open(new TicketId(id), org, channel, new Subject("Subject " + id), Customer.of("Ada Lovelace",
                        "ada@example.com", Optional.of("crm-42")), new MessageId(messageIdFor(id)),
                new MessageText("Hello, it is broken.\nSince Tuesday."), new Tags(tags), at);
    }

    public static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static UUID messageIdFor(UUID ticket) {
        return new UUID(ticket.getMostSignificantBits() ^ 0x1111L, ticket.getLeastSignificantBits());
    }
}
