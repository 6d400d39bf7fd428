package dev.parley.domain.livechat;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.RecordedEvents;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A chat beside a live video: its settings, whether it is open, and the key its embed URLs are signed with. */
public final class Room {
    private final RoomId id;
    private final OrganizationId organizationId;
    private final Instant createdAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();
    private RoomSettings settings;
    private RoomStatus status;
    private SigningKey signingKey;
    private Instant updatedAt;

    private Room(RoomId id, OrganizationId organizationId, RoomSettings settings, RoomStatus status, SigningKey signingKey,
                 Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.settings = Objects.requireNonNull(settings);
        this.status = Objects.requireNonNull(status);
        this.signingKey = Objects.requireNonNull(signingKey);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** Registers a room; it starts open so an embedded chat works as soon as it exists. */
    public static Room register(RoomId id, OrganizationId organizationId, RoomSettings settings, SigningKey signingKey, Instant now) {
        Room room = new Room(id, organizationId, settings, RoomStatus.OPEN, signingKey, now, now, 0);
        room.events.add(new RoomEvents.RoomCreated(room.snapshot(), now));
        return room;
    }

    public static Room rehydrate(RoomId id, OrganizationId organizationId, RoomSettings settings, RoomStatus status,
                                 SigningKey signingKey, Instant createdAt, Instant updatedAt, long version) {
        return new Room(id, organizationId, settings, status, signingKey, createdAt, updatedAt, version);
    }

    public void reconfigure(RoomSettings newSettings, Instant now) {
        if (!newSettings.equals(settings)) {
            settings = newSettings;
            touch(now);
            events.add(new RoomEvents.RoomUpdated(snapshot(), now));
        }
    }

    /** Lets everyone post; opening an open room changes nothing. */
    public void open(Instant now) {
        if (status != RoomStatus.OPEN) {
            status = RoomStatus.OPEN;
            touch(now);
            events.add(new RoomEvents.RoomOpened(snapshot(), now));
        }
    }

    /** Lets only moderators post; closing a closed room changes nothing. */
    public void close(Instant now) {
        if (status != RoomStatus.CLOSE) {
            status = RoomStatus.CLOSE;
            touch(now);
            events.add(new RoomEvents.RoomClosed(snapshot(), now));
        }
    }

    public void rotateSigningKey(SigningKey newKey, Instant now) {
        signingKey = newKey;
        touch(now);
    }

    /** Records the room's deletion; the repository removes it. */
    public void delete(Instant now) {
        events.add(new RoomEvents.RoomDeleted(snapshot(), now));
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    public List<DomainEvent> pullEvents() {
        return events.drain();
    }

    RoomEvents.RoomSnapshot snapshot() {
        return new RoomEvents.RoomSnapshot(organizationId, id, settings, status, createdAt, updatedAt);
    }

    public RoomId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public RoomSettings settings() { return settings; }
    public RoomStatus status() { return status; }
    public SigningKey signingKey() { return signingKey; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The version this room was loaded at, for optimistic locking. */
    public long version() { return version; }
}
