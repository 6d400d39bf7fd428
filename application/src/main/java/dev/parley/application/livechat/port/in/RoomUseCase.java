package dev.parley.application.livechat.port.in;

import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.SigningKey;
import dev.parley.domain.shared.OrganizationId;

/** Registers, configures, opens, closes and deletes rooms. */
public interface RoomUseCase {
    /** Registers a room; {@code name} and {@code max_clients} are required, the rest default. */
    RoomId register(OrganizationId org, RoomPatch fields);

    void update(OrganizationId org, RoomId id, RoomPatch changes);

    void delete(OrganizationId org, RoomId id);

    void open(OrganizationId org, RoomId id);

    void close(OrganizationId org, RoomId id);

    SigningKey rotateSigningKey(OrganizationId org, RoomId id);
}
