package dev.parley.adapter.http.livechat;

import dev.parley.application.livechat.port.out.ViewerPresence;
import dev.parley.domain.livechat.RoomId;
import java.time.Instant;
import java.util.Map;

/** Viewer presence until viewer sockets exist: nobody is connected, so every count is zero. */
public final class NoViewersYet implements ViewerPresence {
    @Override
    public long currentViewers(RoomId room) {
        return 0;
    }

    @Override
    public Map<Instant, Long> peakViewersPerBucket(RoomId room, Instant from, int granularitySeconds) {
        return Map.of();
    }
}
