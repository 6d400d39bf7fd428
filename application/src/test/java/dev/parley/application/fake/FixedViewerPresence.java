package dev.parley.application.fake;

import dev.parley.application.livechat.port.out.ViewerPresence;
import dev.parley.domain.livechat.RoomId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Viewer figures a test sets by hand; a room nobody set has no viewers. */
public final class FixedViewerPresence implements ViewerPresence {
    private final Map<RoomId, Long> current = new HashMap<>();
    private final Map<RoomId, TreeMap<Instant, Long>> peaks = new HashMap<>();

    public synchronized void setCurrent(RoomId room, long viewers) {
        current.put(room, viewers);
    }

    /** Sets the peak of the bucket starting at {@code bucketStart}, whatever granularity is asked for. */
    public synchronized void setPeak(RoomId room, Instant bucketStart, long viewers) {
        peaks.computeIfAbsent(room, id -> new TreeMap<>()).put(bucketStart, viewers);
    }

    @Override
    public synchronized long currentViewers(RoomId room) {
        return current.getOrDefault(room, 0L);
    }

    @Override
    public synchronized Map<Instant, Long> peakViewersPerBucket(RoomId room, Instant from, int granularitySeconds) {
        return Map.copyOf(peaks.getOrDefault(room, new TreeMap<>()).tailMap(from, true));
    }
}
