package dev.parley.domain.livechat;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events a poll records. */
public final class PollEvents {
    private PollEvents() {
    }

    /** A poll started taking answers. */
    public record PollOpened(OrganizationId organizationId, RoomId roomId, PollId pollId, String query, Instant occurredAt)
            implements DomainEvent {
        public String type() { return "poll.opened"; }
        public Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("room_id", roomId.value().toString());
            data.put("poll_id", pollId.value().toString());
            data.put("query", query);
            return data;
        }
    }

    /** A poll stopped taking answers; carries each option's final vote count. */
    public record PollClosed(OrganizationId organizationId, RoomId roomId, PollId pollId, String query, List<PollOption> options,
                             Map<PollOptionId, Long> counts, Instant occurredAt) implements DomainEvent {
        public String type() { return "poll.closed"; }
        public Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("room_id", roomId.value().toString());
            data.put("poll_id", pollId.value().toString());
            data.put("query", query);
            data.put("options", options.stream().map(option -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", option.id().value().toString());
                item.put("text", option.text());
                item.put("is_correct", option.correct());
                item.put("votes", counts.getOrDefault(option.id(), 0L));
                return item;
            }).toList());
            return data;
        }
    }
}
