package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.User;

/** Exchanges an e-mail address and password for a token with the abilities of the user's role. */
public interface SignInUseCase {
    /** Throws {@link InvalidCredentials} or {@link SignInThrottled}; {@code clientAddress} keys the per-address limit. */
    SignedIn signIn(String email, String password, String clientAddress);

    /** The user who signed in and their new token. */
    record SignedIn(User user, IssueTokenUseCase.IssuedToken token) {
    }
}
