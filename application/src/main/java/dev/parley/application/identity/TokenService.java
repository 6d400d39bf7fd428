package dev.parley.application.identity;

import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.identity.port.in.IssueTokenUseCase;
import dev.parley.application.identity.port.in.TokenManagementUseCase;
import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.SecretGenerator;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.PlainTextToken;
import dev.parley.domain.shared.Forbidden;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Issues, lists and revokes API tokens; only hashes are stored. */
public final class TokenService implements IssueTokenUseCase, TokenManagementUseCase {
    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final IdGenerator ids;
    private final SecretGenerator secrets;
    private final Clock clock;

    public TokenService(ApiTokenRepository tokens, UserRepository users, IdGenerator ids, SecretGenerator secrets, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.ids = ids;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(Caller caller, IssueTokenCommand command) {
        if (!command.abilities().isSubsetOf(caller.abilities())) {
            throw new Forbidden("token.abilities_exceed_caller", "A token cannot be granted abilities its creator lacks.");
        }
        IssueTokenCommand bound = new IssueTokenCommand(command.name(), command.abilities(),
                command.userId().or(caller::userId), command.expiresAt());
        return issueAsOperator(caller.organizationId(), bound);
    }

    @Override
    public IssuedToken issueAsOperator(OrganizationId org, IssueTokenCommand command) {
        command.userId().ifPresent(userId -> {
            if (users.find(org, userId).isEmpty()) {
                throw new InvalidInput("user", "is not a user of this organization");
            }
        });
        PlainTextToken plain = PlainTextToken.issue(new ApiTokenId(ids.newLongId()), secrets.alphanumerics(PlainTextToken.RANDOM_LENGTH));
        ApiToken token = ApiToken.issue(plain, org, command.userId(), command.name(), command.abilities(),
                command.expiresAt(), command.rateLimitPerMinute(), clock.instant());
        tokens.add(token);
        return new IssuedToken(token, plain);
    }

    @Override
    public List<ApiToken> list(Caller caller) {
        return tokens.listActive(caller.organizationId());
    }

    @Override
    public ApiToken current(Caller caller) {
        return tokens.find(caller.organizationId(), caller.tokenId()).orElseThrow(() -> new NotFound("token", caller.tokenId().value()));
    }

    @Override
    public void revoke(Caller caller, ApiTokenId id) {
        Optional<ApiToken> token = tokens.find(caller.organizationId(), id).filter(t -> t.revokedAt().isEmpty());
        if (token.isEmpty()) {
            throw new NotFound("token", id.value());
        }
        tokens.revoke(caller.organizationId(), id, clock.instant());
    }
}
