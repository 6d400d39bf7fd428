package dev.parley.application.livechat.port.in;

import dev.parley.domain.livechat.ProfanitiesMethod;
import java.util.List;
import java.util.Optional;

/** Room fields to set; an absent field keeps its current value (or its default, on registration). */
public record RoomPatch(Optional<String> name, Optional<Integer> maxClients, Optional<Boolean> disableUsername,
                        Optional<List<String>> embeddableDomains, Optional<Boolean> showClientsCount,
                        Optional<String> customStyles, Optional<List<String>> profanities,
                        Optional<ProfanitiesMethod> profanitiesMethod, Optional<List<String>> blacklistIpv4,
                        Optional<Integer> cooldownSeconds, Optional<Boolean> allowClientDeletes,
                        Optional<Boolean> allowRepeatedPosts, Optional<Boolean> allowPostLinks) {
}
