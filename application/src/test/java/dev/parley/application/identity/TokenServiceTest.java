package dev.parley.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.fake.SequentialSecretGenerator;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssuedToken;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.PlainTextToken;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.Forbidden;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final TokenService service = new TokenService(adapters.tokens(), adapters.users(), new SequentialIdGenerator(1000),
            new SequentialSecretGenerator(), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private UserId grace;
    private UserId stranger;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        grace = seed.user(org, 11, "grace@example.com", Role.AGENT).id();
        stranger = seed.user(otherOrg, 21, "stranger@example.com", Role.ADMIN).id();
    }

    @Test
    void issues_a_token_whose_plain_text_is_shown_once_and_only_its_hash_is_stored() {
        IssuedToken issued = service.issue(caller(Abilities.of(Ability.TOKENS_MANAGE, Ability.TICKETS_READ), Optional.empty()),
                command(Abilities.of(Ability.TICKETS_READ), Optional.empty()));

        ApiToken stored = adapters.tokens().find(org, issued.token().id()).orElseThrow();
        PlainTextToken parsed = PlainTextToken.parse(issued.plainText().wireForm()).orElseThrow();
        assertThat(issued.token().id()).isEqualTo(new ApiTokenId(1000));
        assertThat(stored.hash()).isEqualTo(parsed.hash());
        assertThat(stored.hash().hex()).doesNotContain(parsed.secret());
        assertThat(stored.abilities()).isEqualTo(Abilities.of(Ability.TICKETS_READ));
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(stored.authenticates(parsed.hash(), clock.instant())).isTrue();
    }

    @Test
    void a_token_cannot_get_abilities_its_creator_lacks() {
        Caller limited = caller(Abilities.of(Ability.TOKENS_MANAGE, Ability.TICKETS_READ), Optional.empty());

        assertThatThrownBy(() -> service.issue(limited, command(Abilities.of(Ability.TICKETS_READ, Ability.TICKETS_WRITE), Optional.empty())))
                .isInstanceOfSatisfying(Forbidden.class, e -> assertThat(e.code()).isEqualTo("token.abilities_exceed_caller"));
        assertThatThrownBy(() -> service.issue(limited, command(Abilities.everything(), Optional.empty())))
                .isInstanceOf(Forbidden.class);
        assertThat(adapters.tokens().listActive(org)).isEmpty();
    }

    @Test
    void a_wildcard_caller_may_grant_anything() {
        IssuedToken issued = service.issue(caller(Abilities.everything(), Optional.empty()), command(Abilities.everything(), Optional.empty()));

        assertThat(adapters.tokens().find(org, issued.token().id()).orElseThrow().abilities()).isEqualTo(Abilities.everything());
    }

    @Test
    void a_personal_callers_token_belongs_to_the_caller_unless_another_user_is_named() {
        IssuedToken own = service.issue(caller(Abilities.everything(), Optional.of(grace)), command(Abilities.everything(), Optional.empty()));

        assertThat(own.token().userId()).contains(grace);
    }

    @Test
    void a_token_for_a_user_of_another_organization_is_refused() {
        assertThatThrownBy(() -> service.issueAsOperator(org, command(Abilities.everything(), Optional.of(stranger))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("user"));
        assertThat(adapters.tokens().listActive(org)).isEmpty();
    }

    @Test
    void an_expiry_in_the_past_is_refused() {
        IssueTokenCommand expired = new IssueTokenCommand("ci", Abilities.everything(), Optional.empty(),
                Optional.of(clock.instant().minusSeconds(1)));

        assertThatThrownBy(() -> service.issueAsOperator(org, expired))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("expires_at"));
    }

    @Test
    void revoked_tokens_leave_the_list_and_cannot_be_revoked_twice() {
        Caller admin = caller(Abilities.everything(), Optional.empty());
        IssuedToken first = service.issue(admin, command(Abilities.everything(), Optional.empty()));
        clock.advance(Duration.ofSeconds(1));
        IssuedToken second = service.issue(admin, command(Abilities.everything(), Optional.empty()));

        service.revoke(admin, first.token().id());

        assertThat(service.list(admin)).extracting(ApiToken::id).containsExactly(second.token().id());
        assertThat(adapters.tokens().find(org, first.token().id()).orElseThrow().revokedAt()).contains(clock.instant());
        assertThatThrownBy(() -> service.revoke(admin, first.token().id())).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.code()).isEqualTo("token.not_found"));
    }

    @Test
    void another_organizations_token_cannot_be_revoked() {
        IssuedToken theirs = service.issueAsOperator(otherOrg, command(Abilities.everything(), Optional.empty()));

        assertThatThrownBy(() -> service.revoke(caller(Abilities.everything(), Optional.empty()), theirs.token().id()))
                .isInstanceOf(NotFound.class);
        assertThat(adapters.tokens().find(otherOrg, theirs.token().id()).orElseThrow().revokedAt()).isEmpty();
    }

    private Caller caller(Abilities abilities, Optional<UserId> user) {
        return new Caller(org, new ApiTokenId(1), user, Optional.empty(), abilities, 300);
    }

    private static IssueTokenCommand command(Abilities abilities, Optional<UserId> user) {
        return new IssueTokenCommand("integration", abilities, user, Optional.<Instant>empty());
    }
}
