package dev.parley.application.identity.port.out;

import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores API tokens by the hash of their secret. */
public interface ApiTokenRepository {
    void add(ApiToken token);

    Optional<ApiToken> find(OrganizationId org, ApiTokenId id);

    /** For authentication only, before the tenant is known: the token id is the first half of the bearer. */
    Optional<ApiToken> findForAuthentication(ApiTokenId id);

    /** Tokens that are not revoked, newest first. */
    List<ApiToken> listActive(OrganizationId org);

    void recordUse(ApiTokenId id, Instant at);

    void revoke(OrganizationId org, ApiTokenId id, Instant at);
}
