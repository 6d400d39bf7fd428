package dev.parley.domain.livechat;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The events a poll records. */
public final class PollEvents {
    private PollEvents() {
    }

    /** A poll's settings, times and each option's votes at the moment of an event. */
    public record PollSnapshot(OrganizationId organizationId, PollId id, RoomId roomId, PollSettings settings, Instant createdAt,
                               Instant updatedAt, Optional<Instant> openedAt, Optional<Instant> closedAt,
                               Map<PollOptionId, Long> votes) {
        public PollSnapshot {
            votes = Map.copyOf(votes);
        }

        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("room_id", roomId.value().toString());
            data.put("poll_id", id.value().toString());
            data.put("query", settings.query());
            data.put("time_to_answer", settings.timeToAnswer().orElse(null));
            data.put("publish_result", settings.publishResult());
            data.put("time_for_result", settings.timeForResult());
            data.put("display_format", settings.displayFormat().wireName());
            data.put("show_correctness", settings.showCorrectness());
            data.put("options", settings.options().stream().map(option -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", option.id().value().toString());
                item.put("text", option.text());
                item.put("is_correct", option.correct());
                item.put("votes", votes.getOrDefault(option.id(), 0L));
                return item;
            }).toList());
            data.put("created_at", createdAt.toString());
            data.put("updated_at", updatedAt.toString());
            data.put("opened_at", openedAt.map(Instant::toString).orElse(null));
            data.put("closed_at", closedAt.map(Instant::toString).orElse(null));
            return data;
        }
    }

    /** A poll started taking answers; no option has a vote yet. */
    public record PollOpened(PollSnapshot poll, Instant occurredAt) implements DomainEvent {
        public String type() { return "poll.opened"; }
        public OrganizationId organizationId() { return poll.organizationId(); }
        public Map<String, Object> data() { return poll.data(); }
    }

    /** A poll stopped taking answers; carries each option's final vote count. */
    public record PollClosed(PollSnapshot poll, Instant occurredAt) implements DomainEvent {
        public String type() { return "poll.closed"; }
        public OrganizationId organizationId() { return poll.organizationId(); }
        public Map<String, Object> data() { return poll.data(); }
    }
}
