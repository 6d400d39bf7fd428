package dev.parley.application.livechat.port.in;

import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.StatisticsBucket;
import java.util.List;
import java.util.Optional;

/** A room with its live figures and, when asked for, its statistics. */
public record RoomView(Room room, RealtimeData realtime, Optional<List<StatisticsBucket>> statistics) {
}
