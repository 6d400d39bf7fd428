package dev.parley.adapter.persistence.identity;

import static dev.parley.adapter.persistence.jooq.Tables.API_TOKENS;

import dev.parley.adapter.persistence.jooq.tables.records.ApiTokensRecord;
import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.TokenHash;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** API tokens in {@code api_tokens}: the secret's hash and the abilities' wire names, never the secret. */
public final class JooqApiTokenRepository implements ApiTokenRepository {
    private final DSLContext dsl;

    public JooqApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ApiToken token) {
        dsl.insertInto(API_TOKENS)
                .set(API_TOKENS.ID, token.id().value())
                .set(API_TOKENS.ORGANIZATION_ID, token.organizationId().value())
                .set(API_TOKENS.USER_ID, token.userId().map(UserId::value).orElse(null))
                .set(API_TOKENS.NAME, token.name())
                .set(API_TOKENS.TOKEN_HASH, token.hash().hex())
                .set(API_TOKENS.ABILITIES, token.abilities().wireNames().toArray(String[]::new))
                .set(API_TOKENS.RATE_LIMIT_PER_MINUTE, token.rateLimitPerMinute())
                .set(API_TOKENS.CREATED_AT, token.createdAt())
                .set(API_TOKENS.EXPIRES_AT, token.expiresAt().orElse(null))
                .set(API_TOKENS.LAST_USED_AT, token.lastUsedAt().orElse(null))
                .set(API_TOKENS.REVOKED_AT, token.revokedAt().orElse(null))
                .execute();
    }

    @Override
    public Optional<ApiToken> find(OrganizationId org, ApiTokenId id) {
        return dsl.selectFrom(API_TOKENS)
                .where(API_TOKENS.ORGANIZATION_ID.eq(org.value()), API_TOKENS.ID.eq(id.value()))
                .fetchOptional(JooqApiTokenRepository::toToken);
    }

    @Override
    public Optional<ApiToken> findForAuthentication(ApiTokenId id) {
        return dsl.selectFrom(API_TOKENS).where(API_TOKENS.ID.eq(id.value())).fetchOptional(JooqApiTokenRepository::toToken);
    }

    @Override
    public List<ApiToken> listActive(OrganizationId org) {
        return dsl.selectFrom(API_TOKENS)
                .where(API_TOKENS.ORGANIZATION_ID.eq(org.value()), API_TOKENS.REVOKED_AT.isNull())
                .orderBy(API_TOKENS.CREATED_AT.desc(), API_TOKENS.ID.desc())
                .fetch(JooqApiTokenRepository::toToken);
    }

    @Override
    public void recordUse(ApiTokenId id, Instant at) {
        dsl.update(API_TOKENS)
                .set(API_TOKENS.LAST_USED_AT, at)
                .where(API_TOKENS.ID.eq(id.value()))
                .and(API_TOKENS.LAST_USED_AT.isNull().or(API_TOKENS.LAST_USED_AT.lt(at)))
                .execute();
    }

    @Override
    public void revoke(OrganizationId org, ApiTokenId id, Instant at) {
        dsl.update(API_TOKENS)
                .set(API_TOKENS.REVOKED_AT, at)
                .where(API_TOKENS.ORGANIZATION_ID.eq(org.value()), API_TOKENS.ID.eq(id.value()), API_TOKENS.REVOKED_AT.isNull())
                .execute();
    }

    private static ApiToken toToken(ApiTokensRecord r) {
        return ApiToken.rehydrate(new ApiTokenId(r.getId()), new OrganizationId(r.getOrganizationId()),
                Optional.ofNullable(r.getUserId()).map(UserId::new), r.getName(), new TokenHash(r.getTokenHash()),
                Abilities.parse("abilities", List.of(r.getAbilities())), r.getRateLimitPerMinute(), r.getCreatedAt(),
                Optional.ofNullable(r.getExpiresAt()), Optional.ofNullable(r.getLastUsedAt()), Optional.ofNullable(r.getRevokedAt()));
    }
}
