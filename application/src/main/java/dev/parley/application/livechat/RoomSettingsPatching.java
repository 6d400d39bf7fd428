package dev.parley.application.livechat;

import dev.parley.application.livechat.port.in.RoomPatch;
import dev.parley.domain.livechat.RoomSettings;

/** Applies the fields a request set to a room's settings, keeping every other as it is. */
final class RoomSettingsPatching {
    private RoomSettingsPatching() {
    }

    static RoomSettings apply(RoomSettings current, RoomPatch patch) {
        return new RoomSettings(
                patch.name().orElse(current.name()),
                patch.maxClients().orElse(current.maxClients()),
                patch.disableUsername().orElse(current.disableUsername()),
                patch.embeddableDomains().orElse(current.embeddableDomains()),
                patch.showClientsCount().orElse(current.showClientsCount()),
                patch.customStyles().orElse(current.customStyles()),
                patch.profanities().orElse(current.profanities()),
                patch.profanitiesMethod().orElse(current.profanitiesMethod()),
                patch.blacklistIpv4().orElse(current.blacklistIpv4()),
                patch.cooldownSeconds().orElse(current.cooldownSeconds()),
                patch.allowClientDeletes().orElse(current.allowClientDeletes()),
                patch.allowRepeatedPosts().orElse(current.allowRepeatedPosts()),
                patch.allowPostLinks().orElse(current.allowPostLinks()));
    }
}
