package dev.parley.application.identity.port.out;

import java.time.Instant;

/** Forgets rate-limit windows nobody has used for a while, so one-off keys (such as sign-in addresses) do not pile up. */
public interface RateWindowPurge {
    /** Deletes up to {@code limit} windows last changed at or before {@code cutoff}; answers how many. */
    int deleteIdleUpTo(Instant cutoff, int limit);
}
