package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Objects;
import java.util.Optional;

/** Who is making a request: the token's organization, its user if any, and what it may do. */
public record Caller(OrganizationId organizationId, ApiTokenId tokenId, Optional<UserId> userId,
                     Optional<String> userName, Abilities abilities, int rateLimitPerMinute) {
    public Caller {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(abilities, "abilities");
    }

    public boolean can(Ability ability) {
        return abilities.allows(ability);
    }
}
