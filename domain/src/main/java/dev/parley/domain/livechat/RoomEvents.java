package dev.parley.domain.livechat;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The events a room records. */
public final class RoomEvents {
    private RoomEvents() {
    }

    /** A room's settings and status at the moment of an event; never its signing key. */
    public record RoomSnapshot(OrganizationId organizationId, RoomId id, RoomSettings settings, RoomStatus status,
                               Instant createdAt, Instant updatedAt) {
        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("room_id", id.value().toString());
            data.put("name", settings.name());
            data.put("status", status.wireName());
            data.put("max_clients", settings.maxClients());
            data.put("disable_username", settings.disableUsername());
            data.put("embeddable_domains", settings.embeddableDomains());
            data.put("show_clients_count", settings.showClientsCount());
            data.put("custom_styles", settings.customStyles());
            data.put("profanities", settings.profanities());
            data.put("profanities_method", settings.profanitiesMethod().wireName());
            data.put("blacklist_ipv4", settings.blacklistIpv4());
            data.put("cooldown_seconds", settings.cooldownSeconds());
            data.put("allow_client_deletes", settings.allowClientDeletes());
            data.put("allow_repeated_posts", settings.allowRepeatedPosts());
            data.put("allow_post_links", settings.allowPostLinks());
            data.put("created_at", createdAt.toString());
            data.put("updated_at", updatedAt.toString());
            return data;
        }
    }

    /** A room was registered. */
    public record RoomCreated(RoomSnapshot room, Instant occurredAt) implements DomainEvent {
        public String type() { return "room.created"; }
        public OrganizationId organizationId() { return room.organizationId(); }
        public Map<String, Object> data() { return room.data(); }
    }

    /** A room's settings changed. */
    public record RoomUpdated(RoomSnapshot room, Instant occurredAt) implements DomainEvent {
        public String type() { return "room.updated"; }
        public OrganizationId organizationId() { return room.organizationId(); }
        public Map<String, Object> data() { return room.data(); }
    }

    /** A room was deleted with its messages and polls. */
    public record RoomDeleted(RoomSnapshot room, Instant occurredAt) implements DomainEvent {
        public String type() { return "room.deleted"; }
        public OrganizationId organizationId() { return room.organizationId(); }
        public Map<String, Object> data() { return room.data(); }
    }

    /** A room was opened to everyone. */
    public record RoomOpened(RoomSnapshot room, Instant occurredAt) implements DomainEvent {
        public String type() { return "room.opened"; }
        public OrganizationId organizationId() { return room.organizationId(); }
        public Map<String, Object> data() { return room.data(); }
    }

    /** A room was closed to all but moderators. */
    public record RoomClosed(RoomSnapshot room, Instant occurredAt) implements DomainEvent {
        public String type() { return "room.closed"; }
        public OrganizationId organizationId() { return room.organizationId(); }
        public Map<String, Object> data() { return room.data(); }
    }

    /** A message was accepted into a room. */
    public record RoomMessageCreated(OrganizationId organizationId, ChatMessage message, Instant occurredAt) implements DomainEvent {
        public String type() { return "room.message.created"; }
        public Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("room_id", message.roomId().value().toString());
            data.put("message_id", message.id().value().toString());
            data.put("userid", message.userId());
            data.put("username", message.username().orElse(null));
            data.put("message", message.text());
            data.put("moderator", message.moderator());
            data.put("visibility", message.visibility().wireName());
            data.put("timestamp", message.timestamp().toString());
            return data;
        }
    }
}
