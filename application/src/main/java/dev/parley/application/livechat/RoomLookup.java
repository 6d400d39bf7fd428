package dev.parley.application.livechat;

import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;

/** Loads a room of the caller's organization or fails as not found. */
final class RoomLookup {
    private RoomLookup() {
    }

    static Room require(RoomRepository rooms, OrganizationId org, RoomId id) {
        return rooms.find(org, id).orElseThrow(() -> new NotFound("room", id.value()));
    }
}
