package dev.parley.application.identity;

import dev.parley.application.identity.port.in.ThrottleUseCase;
import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Clock;

/** Applies rolling-window limits with the current time. */
public final class ThrottleService implements ThrottleUseCase {
    private final RateWindows windows;
    private final Clock clock;

    public ThrottleService(RateWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public RateDecision admit(String key, RatePolicy policy) {
        return windows.attempt(key, policy, clock.instant());
    }
}
