package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;

/** Decides whether one more request fits a key's rolling window. */
public interface ThrottleUseCase {
    RateDecision admit(String key, RatePolicy policy);
}
