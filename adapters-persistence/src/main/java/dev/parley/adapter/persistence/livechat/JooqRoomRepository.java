package dev.parley.adapter.persistence.livechat;

import static dev.parley.adapter.persistence.jooq.Tables.ROOMS;

import dev.parley.adapter.persistence.jooq.tables.records.RoomsRecord;
import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Rooms in {@code rooms}, saved only over the version they were loaded at. Deleting a room deletes its messages,
 * message counts, polls and votes by cascade.
 */
public final class JooqRoomRepository implements RoomRepository {
    private final DSLContext dsl;

    public JooqRoomRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Room room) {
        if (room.version() == 0) {
            dsl.insertInto(ROOMS).set(RoomRows.toRecord(room, 1)).execute();
            return;
        }
        RoomsRecord changed = RoomRows.toRecord(room, room.version() + 1);
        changed.changed(ROOMS.ID, false);
        changed.changed(ROOMS.ORGANIZATION_ID, false);
        changed.changed(ROOMS.CREATED_AT, false);
        int updated = dsl.update(ROOMS)
                .set(changed)
                .where(ROOMS.ID.eq(room.id().value()),
                        ROOMS.ORGANIZATION_ID.eq(room.organizationId().value()),
                        ROOMS.VERSION.eq(room.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("room.concurrent_update",
                    "Room " + room.id().value() + " was changed since it was loaded; reload it and try again.");
        }
    }

    @Override
    public Optional<Room> find(OrganizationId org, RoomId id) {
        return dsl.selectFrom(ROOMS)
                .where(ROOMS.ORGANIZATION_ID.eq(org.value()), ROOMS.ID.eq(id.value()))
                .fetchOptional(RoomRows::toRoom);
    }

    @Override
    public List<Room> list(OrganizationId org) {
        return dsl.selectFrom(ROOMS)
                .where(ROOMS.ORGANIZATION_ID.eq(org.value()))
                .orderBy(ROOMS.CREATED_AT, ROOMS.ID)
                .fetch(RoomRows::toRoom);
    }

    @Override
    public void delete(OrganizationId org, RoomId id) {
        dsl.deleteFrom(ROOMS).where(ROOMS.ORGANIZATION_ID.eq(org.value()), ROOMS.ID.eq(id.value())).execute();
    }
}
