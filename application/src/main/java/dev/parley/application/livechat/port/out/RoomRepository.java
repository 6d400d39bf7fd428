package dev.parley.application.livechat.port.out;

import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Stores rooms, scoped by organization. */
public interface RoomRepository {
    /** Stores a new room or the changes to a loaded one; a concurrent change since loading is a {@code Conflict}. */
    void save(Room room);

    Optional<Room> find(OrganizationId org, RoomId id);

    /** Every room of the organization, oldest first. */
    List<Room> list(OrganizationId org);

    /** Removes the room with its messages, polls and votes. */
    void delete(OrganizationId org, RoomId id);
}
