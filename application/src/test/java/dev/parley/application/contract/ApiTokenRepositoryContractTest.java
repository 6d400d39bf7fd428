package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.PlainTextToken;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiTokenRepository} must do: keep tokens exactly, scope them by tenant, record use and revocation. */
public abstract class ApiTokenRepositoryContractTest {
    private ApiTokenRepository tokens;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private UserId user;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        Adapters adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        user = seed.user(org, 11, "grace@example.com", Role.AGENT).id();
        tokens = adapters.tokens();
    }

    @Test
    void a_token_comes_back_exactly_as_added() {
        ApiToken token = token(101, org, Optional.of(user), Abilities.of(Ability.TICKETS_READ, Ability.TICKETS_WRITE),
                Optional.of(T0.plus(Duration.ofDays(30))), T0);
        tokens.add(token);

        ApiToken found = tokens.find(org, token.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(token);
        assertThat(found.abilities().wireNames()).containsExactly("tickets:read", "tickets:write");
        assertThat(found.rateLimitPerMinute()).isEqualTo(ApiToken.DEFAULT_RATE_LIMIT);
    }

    @Test
    void a_wildcard_token_keeps_every_ability_and_needs_no_user_or_expiry() {
        ApiToken token = token(101, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0);
        tokens.add(token);

        ApiToken found = tokens.find(org, token.id()).orElseThrow();

        assertThat(found.abilities()).isEqualTo(Abilities.everything());
        assertThat(found.userId()).isEmpty();
        assertThat(found.expiresAt()).isEmpty();
        assertThat(found.authenticates(token.hash(), T0)).isTrue();
    }

    @Test
    void another_organizations_token_is_not_found_but_authentication_finds_it_by_id() {
        ApiToken token = token(101, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0);
        tokens.add(token);

        assertThat(tokens.find(otherOrg, token.id())).isEmpty();
        assertThat(tokens.findForAuthentication(token.id())).get().extracting(ApiToken::organizationId).isEqualTo(org);
        assertThat(tokens.findForAuthentication(new ApiTokenId(999))).isEmpty();
    }

    @Test
    void active_tokens_are_listed_newest_first_without_revoked_ones_or_other_tenants() {
        tokens.add(token(101, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0));
        tokens.add(token(102, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0.plusSeconds(2)));
        tokens.add(token(103, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0.plusSeconds(1)));
        tokens.add(token(104, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0.plusSeconds(1)));
        tokens.add(token(105, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0.plusSeconds(3)));
        tokens.add(token(201, otherOrg, Optional.empty(), Abilities.everything(), Optional.empty(), T0.plusSeconds(1)));
        tokens.revoke(org, new ApiTokenId(105), T0.plusSeconds(4));

        assertThat(tokens.listActive(org)).extracting(t -> t.id().value()).containsExactly(102L, 104L, 103L, 101L);
        assertThat(tokens.listActive(otherOrg)).extracting(t -> t.id().value()).containsExactly(201L);
    }

    @Test
    void use_is_recorded_exactly_and_never_moves_back() {
        ApiToken token = token(101, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0);
        tokens.add(token);
        Instant used = T0.plusNanos(61_000_001_000L);

        tokens.recordUse(token.id(), used);
        tokens.recordUse(token.id(), used.minusSeconds(30));

        assertThat(tokens.find(org, token.id()).orElseThrow().lastUsedAt()).contains(used);
    }

    @Test
    void revocation_keeps_the_first_time_and_ends_authentication() {
        ApiToken token = token(101, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0);
        tokens.add(token);

        tokens.revoke(org, token.id(), T0.plusSeconds(5));
        tokens.revoke(org, token.id(), T0.plusSeconds(9));

        ApiToken revoked = tokens.findForAuthentication(token.id()).orElseThrow();
        assertThat(revoked.revokedAt()).contains(T0.plusSeconds(5));
        assertThat(revoked.authenticates(token.hash(), T0.plusSeconds(6))).isFalse();
        assertThat(tokens.listActive(org)).isEmpty();
    }

    @Test
    void another_organization_cannot_revoke_a_token() {
        ApiToken token = token(101, org, Optional.empty(), Abilities.everything(), Optional.empty(), T0);
        tokens.add(token);

        tokens.revoke(otherOrg, token.id(), T0.plusSeconds(5));

        assertThat(tokens.find(org, token.id()).orElseThrow().revokedAt()).isEmpty();
    }

    private static ApiToken token(long id, OrganizationId org, Optional<UserId> user, Abilities abilities,
                                  Optional<Instant> expiresAt, Instant at) {
        PlainTextToken plain = PlainTextToken.issue(new ApiTokenId(id), "T" + id + "x".repeat(PlainTextToken.RANDOM_LENGTH - 1 - String.valueOf(id).length()));
        return ApiToken.issue(plain, org, user, "token " + id, abilities, expiresAt, ApiToken.DEFAULT_RATE_LIMIT, at);
    }
}
