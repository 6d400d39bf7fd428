package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.PlainTextToken;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Issues API tokens: for an integrator through the API, for an operator through the CLI. */
public interface IssueTokenUseCase {
    /** Issues a token whose abilities must be a subset of the caller's. */
    IssuedToken issue(Caller caller, IssueTokenCommand command);

    /** Issues a token with no caller to bound it, for the operator's CLI and the first start. */
    IssuedToken issueAsOperator(OrganizationId org, IssueTokenCommand command);

    /** What a new token should be; the rate limit is requests per rolling minute. */
    record IssueTokenCommand(String name, Abilities abilities, Optional<UserId> userId, Optional<Instant> expiresAt,
                             int rateLimitPerMinute) {
        public IssueTokenCommand {
            Objects.requireNonNull(abilities, "abilities");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public IssueTokenCommand(String name, Abilities abilities, Optional<UserId> userId, Optional<Instant> expiresAt) {
            this(name, abilities, userId, expiresAt, ApiToken.DEFAULT_RATE_LIMIT);
        }
    }

    /** The stored token and the plain text, which is shown this once. */
    record IssuedToken(ApiToken token, PlainTextToken plainText) {
    }
}
