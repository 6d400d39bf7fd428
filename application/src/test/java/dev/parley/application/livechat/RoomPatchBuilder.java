package dev.parley.application.livechat;

import dev.parley.application.livechat.port.in.RoomPatch;
import dev.parley.domain.livechat.ProfanitiesMethod;
import java.util.List;
import java.util.Optional;

/** Builds a {@link RoomPatch} with only the fields a test sets. */
final class RoomPatchBuilder {
    private Optional<String> name = Optional.empty();
    private Optional<Integer> maxClients = Optional.empty();
    private Optional<Boolean> disableUsername = Optional.empty();
    private Optional<List<String>> embeddableDomains = Optional.empty();
    private Optional<Boolean> showClientsCount = Optional.empty();
    private Optional<String> customStyles = Optional.empty();
    private Optional<List<String>> profanities = Optional.empty();
    private Optional<ProfanitiesMethod> profanitiesMethod = Optional.empty();
    private Optional<List<String>> blacklistIpv4 = Optional.empty();
    private Optional<Integer> cooldownSeconds = Optional.empty();
    private Optional<Boolean> allowClientDeletes = Optional.empty();
    private Optional<Boolean> allowRepeatedPosts = Optional.empty();
    private Optional<Boolean> allowPostLinks = Optional.empty();

    static RoomPatchBuilder patch() {
        return new RoomPatchBuilder();
    }

    RoomPatchBuilder name(String value) { name = Optional.of(value); return this; }
    RoomPatchBuilder maxClients(int value) { maxClients = Optional.of(value); return this; }
    RoomPatchBuilder disableUsername(boolean value) { disableUsername = Optional.of(value); return this; }
    RoomPatchBuilder embeddableDomains(List<String> value) { embeddableDomains = Optional.of(value); return this; }
    RoomPatchBuilder showClientsCount(boolean value) { showClientsCount = Optional.of(value); return this; }
    RoomPatchBuilder customStyles(String value) { customStyles = Optional.of(value); return this; }
    RoomPatchBuilder profanities(List<String> value) { profanities = Optional.of(value); return this; }
    RoomPatchBuilder profanitiesMethod(ProfanitiesMethod value) { profanitiesMethod = Optional.of(value); return this; }
    RoomPatchBuilder blacklistIpv4(List<String> value) { blacklistIpv4 = Optional.of(value); return this; }
    RoomPatchBuilder cooldownSeconds(int value) { cooldownSeconds = Optional.of(value); return this; }
    RoomPatchBuilder allowClientDeletes(boolean value) { allowClientDeletes = Optional.of(value); return this; }
    RoomPatchBuilder allowRepeatedPosts(boolean value) { allowRepeatedPosts = Optional.of(value); return this; }
    RoomPatchBuilder allowPostLinks(boolean value) { allowPostLinks = Optional.of(value); return this; }

    RoomPatch build() {
        return new RoomPatch(name, maxClients, disableUsername, embeddableDomains, showClientsCount, customStyles, profanities,
                profanitiesMethod, blacklistIpv4, cooldownSeconds, allowClientDeletes, allowRepeatedPosts, allowPostLinks);
    }
}
