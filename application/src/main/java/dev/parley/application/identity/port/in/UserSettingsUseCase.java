package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.User;
import dev.parley.domain.shared.TimeZoneName;

/** What a signed-in person may change about themselves. */
public interface UserSettingsUseCase {
    /** Sets the caller's time zone; a token that belongs to no user has no settings and is {@code Forbidden}. */
    User changeTimeZone(Caller caller, TimeZoneName zone);
}
