package dev.parley.application.livechat.port.out;

import dev.parley.domain.livechat.RoomId;
import java.time.Instant;
import java.util.Map;

/** Who is watching a room right now, and the peak audience per time bucket. */
public interface ViewerPresence {
    long currentViewers(RoomId room);

    /** Peak viewers per bucket of {@code granularitySeconds} from {@code from} on, keyed by bucket start. */
    Map<Instant, Long> peakViewersPerBucket(RoomId room, Instant from, int granularitySeconds);
}
