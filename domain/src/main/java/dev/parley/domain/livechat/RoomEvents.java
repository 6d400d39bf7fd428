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

    /** The identifying facts of a room at the moment of an event. */
    public record RoomSnapshot(OrganizationId organizationId, RoomId id, String name, RoomStatus status) {
        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("room_id", id.value().toString());
            data.put("name", name);
            data.put("status", status.wireName());
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
            return data;
        }
    }
}
