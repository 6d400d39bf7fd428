package dev.parley.application.fake;

import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.domain.identity.RateWindow;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One domain {@link RateWindow} per key, each attempt decided under the lock. */
public final class InMemoryRateWindows implements RateWindows {
    private final Map<String, RateWindow> windows = new HashMap<>();

    @Override
    public synchronized RateDecision attempt(String key, RatePolicy policy, Instant now) {
        RateDecision decision = windows.getOrDefault(key, RateWindow.empty()).attempt(now, policy);
        windows.put(key, decision.next());
        return decision;
    }
}
