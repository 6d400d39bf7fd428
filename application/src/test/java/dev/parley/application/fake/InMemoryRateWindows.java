package dev.parley.application.fake;

import dev.parley.application.identity.port.out.RateWindowPurge;
import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.domain.identity.RateWindow;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One domain {@link RateWindow} per key, each attempt decided under the lock; a window remembers its last change. */
public final class InMemoryRateWindows implements RateWindows, RateWindowPurge {
    private record Kept(RateWindow window, Instant updatedAt) {
    }

    private final Map<String, Kept> windows = new HashMap<>();

    @Override
    public synchronized RateDecision attempt(String key, RatePolicy policy, Instant now) {
        Kept kept = windows.get(key);
        RateWindow window = kept == null ? RateWindow.empty() : kept.window();
        RateDecision decision = window.attempt(now, policy);
        if (kept == null || !decision.next().equals(window)) {
            windows.put(key, new Kept(decision.next(), now));
        }
        return decision;
    }

    @Override
    public synchronized int deleteIdleUpTo(Instant cutoff, int limit) {
        List<String> idle = windows.entrySet().stream().filter(e -> !e.getValue().updatedAt().isAfter(cutoff)).limit(limit)
                .map(Map.Entry::getKey).toList();
        idle.forEach(windows::remove);
        return idle.size();
    }

    /** How many keys have a window, for tests that look past the port. */
    public synchronized int size() {
        return windows.size();
    }
}
