package dev.parley.application.fake;

import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rooms in a map with the jOOQ adapter's semantics: new rooms are stored at version 1, loaded ones only over the
 * version they were loaded at, and deleting a room deletes its messages, counts, polls and votes too.
 */
public final class InMemoryRoomRepository implements RoomRepository {
    private final Map<RoomId, Room> byId = new LinkedHashMap<>();
    private final InMemoryChatMessageRepository messages;
    private final InMemoryPollRepository polls;

    public InMemoryRoomRepository(InMemoryChatMessageRepository messages, InMemoryPollRepository polls) {
        this.messages = messages;
        this.polls = polls;
    }

    @Override
    public synchronized void save(Room room) {
        Room stored = byId.get(room.id());
        if (room.version() == 0) {
            if (stored != null) {
                throw new IllegalStateException("duplicate room id " + room.id().value());
            }
        } else if (stored == null || !stored.organizationId().equals(room.organizationId()) || stored.version() != room.version()) {
            throw new Conflict("room.concurrent_update",
                    "Room " + room.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        byId.put(room.id(), copy(room, room.version() + 1));
    }

    @Override
    public synchronized Optional<Room> find(OrganizationId org, RoomId id) {
        return Optional.ofNullable(byId.get(id)).filter(r -> r.organizationId().equals(org)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized List<Room> list(OrganizationId org) {
        return byId.values().stream()
                .filter(r -> r.organizationId().equals(org))
                .sorted(Comparator.comparing(Room::createdAt).thenComparing(r -> r.id().value().toString()))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    @Override
    public synchronized void delete(OrganizationId org, RoomId id) {
        if (find(org, id).isPresent()) {
            byId.remove(id);
            messages.removeRoom(id);
            polls.removeRoom(id);
        }
    }

    private static Room copy(Room r, long version) {
        return Room.rehydrate(r.id(), r.organizationId(), r.settings(), r.status(), r.signingKey(), r.createdAt(),
                r.updatedAt(), version);
    }
}
