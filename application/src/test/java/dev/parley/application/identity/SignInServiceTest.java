package dev.parley.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.FakePasswordHasher;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.fake.SequentialSecretGenerator;
import dev.parley.application.identity.port.in.InvalidCredentials;
import dev.parley.application.identity.port.in.SignInThrottled;
import dev.parley.application.identity.port.in.SignInUseCase.SignedIn;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.Password;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInServiceTest {
    private static final String ADDRESS = "203.0.113.7";
    private static final String PASSWORD = "correct horse battery";

    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final TokenService tokens = new TokenService(adapters.tokens(), adapters.users(), new SequentialIdGenerator(1000),
            new SequentialSecretGenerator(), clock);
    private final SignInService signIn = new SignInService(adapters.users(), hasher, adapters.rateWindows(), tokens, clock);
    private OrganizationId org;
    private User grace;

    @BeforeEach
    void seed() {
        org = new Seed(adapters).organization(1, "acme");
        grace = User.create(new UserId(11), org, new EmailAddress("Grace@Example.com"), "Grace", Role.AGENT,
                Optional.of(hasher.hash(new Password(PASSWORD))), clock.instant());
        adapters.users().add(grace);
        adapters.users().add(User.create(new UserId(12), org, new EmailAddress("sso-only@example.com"), "Sso", Role.LEARNER,
                Optional.empty(), clock.instant()));
    }

    @Test
    void the_right_password_gets_a_30_day_token_with_the_roles_abilities() {
        SignedIn signedIn = signIn.signIn("  grace@example.COM ", PASSWORD, ADDRESS);

        ApiToken stored = adapters.tokens().find(org, signedIn.token().token().id()).orElseThrow();
        assertThat(signedIn.user()).isEqualTo(grace);
        assertThat(stored.abilities()).isEqualTo(Role.AGENT.abilities());
        assertThat(stored.userId()).contains(grace.id());
        assertThat(stored.expiresAt()).contains(clock.instant().plus(Duration.ofDays(30)));
        assertThat(stored.authenticates(signedIn.token().plainText().hash(), clock.instant())).isTrue();
    }

    @Test
    void a_wrong_password_an_unknown_account_and_a_passwordless_one_fail_alike() {
        Throwable wrongPassword = catchFailure("grace@example.com", "not the password");
        Throwable unknown = catchFailure("nobody@example.com", PASSWORD);
        Throwable passwordless = catchFailure("sso-only@example.com", PASSWORD);
        Throwable malformed = catchFailure("not an address", PASSWORD);

        assertThat(wrongPassword).isInstanceOf(InvalidCredentials.class);
        assertThat(unknown).isInstanceOf(InvalidCredentials.class).hasMessage(wrongPassword.getMessage());
        assertThat(passwordless).isInstanceOf(InvalidCredentials.class).hasMessage(wrongPassword.getMessage());
        assertThat(malformed).isInstanceOf(InvalidCredentials.class).hasMessage(wrongPassword.getMessage());
        assertThat(hasher.dummyChecks()).isEqualTo(3);
        assertThat(adapters.tokens().listActive(org)).isEmpty();
    }

    @Test
    void missing_fields_are_invalid_input() {
        assertThatThrownBy(() -> signIn.signIn(null, PASSWORD, ADDRESS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> signIn.signIn("grace@example.com", null, ADDRESS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void an_account_gets_ten_attempts_a_minute_whatever_the_case_of_its_address() {
        for (int i = 0; i < 10; i++) {
            String email = i % 2 == 0 ? "grace@example.com" : "GRACE@example.com";
            assertThat(catchFailure(email, "guess " + i)).isInstanceOf(InvalidCredentials.class);
        }
        clock.advance(Duration.ofSeconds(15));

        assertThat(catchFailure("grace@example.com", PASSWORD)).isInstanceOfSatisfying(SignInThrottled.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(45));
        assertThat(adapters.tokens().listActive(org)).isEmpty();

        clock.advance(Duration.ofSeconds(45));
        assertThat(signIn.signIn("grace@example.com", PASSWORD, ADDRESS).user()).isEqualTo(grace);
    }

    @Test
    void an_address_gets_thirty_attempts_a_minute_across_accounts() {
        for (int i = 0; i < 30; i++) {
            assertThat(catchFailure("someone" + i + "@example.com", PASSWORD)).isInstanceOf(InvalidCredentials.class);
        }

        assertThat(catchFailure("grace@example.com", PASSWORD)).isInstanceOf(SignInThrottled.class);
        assertThat(signIn.signIn("grace@example.com", PASSWORD, "198.51.100.1").user()).isEqualTo(grace);
    }

    private Throwable catchFailure(String email, String password) {
        try {
            signIn.signIn(email, password, ADDRESS);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("sign-in for " + email + " succeeded");
    }
}
