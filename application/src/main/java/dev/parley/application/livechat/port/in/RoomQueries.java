package dev.parley.application.livechat.port.in;

import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.StatisticsRequest;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Reads rooms with their live figures and statistics. */
public interface RoomQueries {
    RoomView get(OrganizationId org, RoomId id, Optional<StatisticsRequest> statistics);

    List<RoomView> list(OrganizationId org, Optional<StatisticsRequest> statistics);

    RealtimeData realtime(OrganizationId org, RoomId id);
}
