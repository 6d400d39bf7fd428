package dev.parley.application.identity.port.in;

import java.util.Optional;

/** Turns a bearer token into a caller; empty for anything missing, malformed, unknown, expired or revoked. */
public interface AuthenticateUseCase {
    Optional<Caller> authenticate(String bearerToken);
}
