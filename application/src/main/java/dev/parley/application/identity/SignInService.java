package dev.parley.application.identity;

import dev.parley.application.identity.port.in.InvalidCredentials;
import dev.parley.application.identity.port.in.IssueTokenUseCase;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.parley.application.identity.port.in.SignInThrottled;
import dev.parley.application.identity.port.in.SignInUseCase;
import dev.parley.application.identity.port.out.PasswordHasher;
import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import dev.parley.domain.identity.User;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs people in. Unknown accounts and wrong passwords fail alike and take alike long; attempts are limited per
 * account and per client address, counting every attempt so a guesser cannot reset the count with a success.
 */
public final class SignInService implements SignInUseCase {
    public static final RatePolicy PER_ACCOUNT = RatePolicy.perMinute(10);
    public static final RatePolicy PER_ADDRESS = RatePolicy.perMinute(30);
    public static final Duration TOKEN_LIFETIME = Duration.ofDays(30);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final RateWindows windows;
    private final IssueTokenUseCase tokens;
    private final Clock clock;

    public SignInService(UserRepository users, PasswordHasher hasher, RateWindows windows, IssueTokenUseCase tokens, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.windows = windows;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(String email, String password, String clientAddress) {
        InvalidInput.required("email", email);
        InvalidInput.required("password", password);
        throttle("sign-in:address:" + clientAddress, PER_ADDRESS);
        throttle("sign-in:account:" + email.strip().toLowerCase(Locale.ROOT), PER_ACCOUNT);
        Optional<User> user = parseEmail(email).flatMap(users::findByEmail);
        if (user.isEmpty() || user.get().passwordHash().isEmpty()) {
            hasher.verifyAgainstDummy(password);
            throw new InvalidCredentials();
        }
        if (!hasher.verify(password, user.get().passwordHash().get())) {
            throw new InvalidCredentials();
        }
        User found = user.get();
        IssueTokenCommand command = new IssueTokenCommand("sign-in", found.role().abilities(), Optional.of(found.id()),
                Optional.of(clock.instant().plus(TOKEN_LIFETIME)));
        return new SignedIn(found, tokens.issueAsOperator(found.organizationId(), command));
    }

    private static Optional<EmailAddress> parseEmail(String email) {
        try {
            return Optional.of(EmailAddress.of("email", email));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    private void throttle(String key, RatePolicy policy) {
        RateDecision decision = windows.attempt(key, policy, clock.instant());
        if (!decision.admitted()) {
            throw new SignInThrottled(decision.retryAfterSeconds());
        }
    }
}
