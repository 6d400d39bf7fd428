package dev.parley.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.fake.SequentialSecretGenerator;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssuedToken;
import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final CountingTokens tokens = new CountingTokens(adapters.tokens());
    private final AuthenticationService authentication = new AuthenticationService(tokens, adapters.users(), clock);
    private final TokenService issuer = new TokenService(adapters.tokens(), adapters.users(), new SequentialIdGenerator(1000),
            new SequentialSecretGenerator(), clock);
    private OrganizationId org;
    private UserId grace;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        grace = seed.user(org, 11, "grace@example.com", Role.AGENT).id();
    }

    @Test
    void a_valid_token_becomes_a_caller_with_its_tenant_user_and_abilities() {
        IssuedToken issued = issue(Abilities.of(Ability.TICKETS_READ), Optional.of(grace), Optional.empty());

        Caller caller = authentication.authenticate(issued.plainText().wireForm()).orElseThrow();

        assertThat(caller).isEqualTo(new Caller(org, issued.token().id(), Optional.of(grace), Optional.of("Person 11"),
                Abilities.of(Ability.TICKETS_READ), ApiToken.DEFAULT_RATE_LIMIT));
    }

    @Test
    void a_malformed_bearer_never_reaches_the_repository() {
        String wellFormed = issue(Abilities.everything(), Optional.empty(), Optional.empty()).plainText().wireForm();
        String badChecksum = wellFormed.substring(0, wellFormed.length() - 1) + (wellFormed.endsWith("0") ? "1" : "0");
        List<String> malformed = new ArrayList<>(List.of("", "garbage", "1000|", "|" + wellFormed.split("\\|")[1],
                "0|" + wellFormed.split("\\|")[1], "abc|" + wellFormed.split("\\|")[1], wellFormed + "x", badChecksum));
        malformed.add(null);

        for (String bearer : malformed) {
            assertThat(authentication.authenticate(bearer)).as("bearer %s", bearer).isEmpty();
        }
        assertThat(tokens.lookups).isZero();
    }

    @Test
    void a_well_formed_token_that_does_not_match_is_refused() {
        IssuedToken issued = issue(Abilities.everything(), Optional.empty(), Optional.empty());
        String secret = issued.plainText().secret();

        assertThat(authentication.authenticate("999|" + secret)).isEmpty();
        IssuedToken another = issue(Abilities.everything(), Optional.empty(), Optional.empty());
        assertThat(authentication.authenticate(another.token().id().value() + "|" + secret)).isEmpty();
        assertThat(tokens.lookups).isEqualTo(2);
    }

    @Test
    void an_expired_or_revoked_token_is_refused() {
        IssuedToken expiring = issue(Abilities.everything(), Optional.empty(), Optional.of(clock.instant().plusSeconds(60)));
        IssuedToken revoked = issue(Abilities.everything(), Optional.empty(), Optional.empty());
        adapters.tokens().revoke(org, revoked.token().id(), clock.instant());

        assertThat(authentication.authenticate(expiring.plainText().wireForm())).isPresent();
        assertThat(authentication.authenticate(revoked.plainText().wireForm())).isEmpty();
        clock.advance(Duration.ofSeconds(60));
        assertThat(authentication.authenticate(expiring.plainText().wireForm())).isEmpty();
    }

    @Test
    void use_is_recorded_at_most_once_a_minute() {
        IssuedToken issued = issue(Abilities.everything(), Optional.empty(), Optional.empty());
        Instant first = clock.instant();

        authentication.authenticate(issued.plainText().wireForm());
        clock.advance(Duration.ofSeconds(59));
        authentication.authenticate(issued.plainText().wireForm());
        assertThat(lastUsed(issued)).contains(first);
        assertThat(tokens.usesRecorded).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        authentication.authenticate(issued.plainText().wireForm());
        assertThat(lastUsed(issued)).contains(clock.instant());
        assertThat(tokens.usesRecorded).isEqualTo(2);
    }

    private Optional<Instant> lastUsed(IssuedToken issued) {
        return adapters.tokens().find(org, issued.token().id()).orElseThrow().lastUsedAt();
    }

    private IssuedToken issue(Abilities abilities, Optional<UserId> user, Optional<Instant> expiresAt) {
        return issuer.issueAsOperator(org, new IssueTokenCommand("test", abilities, user, expiresAt));
    }

    /** Counts what authentication asks of the repository. */
    private static final class CountingTokens implements ApiTokenRepository {
        private final ApiTokenRepository delegate;
        private int lookups;
        private int usesRecorded;

        CountingTokens(ApiTokenRepository delegate) {
            this.delegate = delegate;
        }

        @Override public void add(ApiToken token) { delegate.add(token); }
        @Override public Optional<ApiToken> find(OrganizationId org, ApiTokenId id) { return delegate.find(org, id); }
        @Override public List<ApiToken> listActive(OrganizationId org) { return delegate.listActive(org); }
        @Override public void revoke(OrganizationId org, ApiTokenId id, Instant at) { delegate.revoke(org, id, at); }

        @Override
        public Optional<ApiToken> findForAuthentication(ApiTokenId id) {
            lookups++;
            return delegate.findForAuthentication(id);
        }

        @Override
        public void recordUse(ApiTokenId id, Instant at) {
            usesRecorded++;
            delegate.recordUse(id, at);
        }
    }
}
