package dev.parley.application.identity;

import dev.parley.application.identity.port.in.AuthenticateUseCase;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.PlainTextToken;
import dev.parley.domain.identity.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Checks bearer tokens; malformed ones are refused without touching the database. */
public final class AuthenticationService implements AuthenticateUseCase {
    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    public AuthenticationService(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        Optional<PlainTextToken> plain = PlainTextToken.parse(bearerToken);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = tokens.findForAuthentication(plain.get().id())
                .filter(t -> t.authenticates(plain.get().hash(), now));
        token.filter(t -> t.markUsed(now)).ifPresent(t -> tokens.recordUse(t.id(), now));
        return token.map(this::callerOf);
    }

    private Caller callerOf(ApiToken token) {
        Optional<User> user = token.userId().flatMap(id -> users.find(token.organizationId(), id));
        return new Caller(token.organizationId(), token.id(), token.userId(), user.map(User::name), token.abilities(),
                token.rateLimitPerMinute());
    }
}
