package dev.parley.application.identity.port.out;

import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Instant;

/** Keeps one sliding window per key, shared by every server process, and decides each attempt atomically. */
public interface RateWindows {
    RateDecision attempt(String key, RatePolicy policy, Instant now);
}
