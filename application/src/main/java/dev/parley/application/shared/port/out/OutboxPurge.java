package dev.parley.application.shared.port.out;

import java.time.Instant;

/** Forgets outbox events long after their publication; an unpublished event is never deleted. */
public interface OutboxPurge {
    /** Deletes up to {@code limit} events published at or before {@code cutoff}; answers how many. */
    int deletePublishedUpTo(Instant cutoff, int limit);
}
