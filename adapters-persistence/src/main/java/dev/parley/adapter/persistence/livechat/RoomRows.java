package dev.parley.adapter.persistence.livechat;

import dev.parley.adapter.persistence.jooq.tables.records.RoomsRecord;
import dev.parley.domain.livechat.ProfanitiesMethod;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.RoomStatus;
import dev.parley.domain.livechat.SigningKey;
import dev.parley.domain.shared.OrganizationId;
import java.util.Arrays;
import java.util.List;

/** Maps room rows to the domain, and back. */
final class RoomRows {
    private RoomRows() {
    }

    static RoomsRecord toRecord(Room room, long version) {
        RoomsRecord r = new RoomsRecord();
        r.setId(room.id().value());
        r.setOrganizationId(room.organizationId().value());
        setSettings(r, room.settings());
        r.setStatus(room.status().wireName());
        r.setSigningKey(room.signingKey().value());
        r.setCreatedAt(room.createdAt());
        r.setUpdatedAt(room.updatedAt());
        r.setVersion(version);
        return r;
    }

    private static void setSettings(RoomsRecord r, RoomSettings s) {
        r.setName(s.name());
        r.setMaxClients(s.maxClients());
        r.setDisableUsername(s.disableUsername());
        r.setEmbeddableDomains(array(s.embeddableDomains()));
        r.setShowClientsCount(s.showClientsCount());
        r.setCustomStyles(s.customStyles());
        r.setProfanities(array(s.profanities()));
        r.setProfanitiesMethod(s.profanitiesMethod().wireName());
        r.setBlacklistIpv4(array(s.blacklistIpv4()));
        r.setCooldownSeconds(s.cooldownSeconds());
        r.setAllowClientDeletes(s.allowClientDeletes());
        r.setAllowRepeatedPosts(s.allowRepeatedPosts());
        r.setAllowPostLinks(s.allowPostLinks());
    }

    static Room toRoom(RoomsRecord r) {
        RoomSettings settings = new RoomSettings(r.getName(), r.getMaxClients(), r.getDisableUsername(),
                List.of(r.getEmbeddableDomains()), r.getShowClientsCount(), r.getCustomStyles(), List.of(r.getProfanities()),
                ProfanitiesMethod.parse(r.getProfanitiesMethod()), List.of(r.getBlacklistIpv4()), r.getCooldownSeconds(),
                r.getAllowClientDeletes(), r.getAllowRepeatedPosts(), r.getAllowPostLinks());
        return Room.rehydrate(new RoomId(r.getId()), new OrganizationId(r.getOrganizationId()), settings, status(r.getStatus()),
                new SigningKey(r.getSigningKey()), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static RoomStatus status(String wireName) {
        return Arrays.stream(RoomStatus.values())
                .filter(status -> status.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown room status in the database: " + wireName));
    }
}
