package dev.parley.domain.webhook;

import java.util.List;
import java.util.Set;

/**
 * Every event type a webhook can subscribe to: what the helpdesk, the live chat and learning record in the outbox,
 * the outcome of an export, and the test ping.
 */
public final class EventCatalog {
    public static final String PING = "webhook.ping";
    public static final String EXPORT_COMPLETED = "export.completed";
    public static final String EXPORT_FAILED = "export.failed";

    /** The types in the order the documentation lists them. */
    public static final List<String> TYPES = List.of(
            "ticket.created", "ticket.updated", "ticket.message.created",
            "room.created", "room.updated", "room.deleted", "room.opened", "room.closed", "room.message.created",
            "poll.opened", "poll.closed",
            "learner.enrolled", "training.completed", "lesson.completed", "course.completed", "achievement.unlocked",
            "cefr.level_changed",
            EXPORT_COMPLETED, EXPORT_FAILED,
            PING);

    private static final Set<String> KNOWN = Set.copyOf(TYPES);

    private EventCatalog() {
    }

    public static boolean contains(String type) {
        return KNOWN.contains(type);
    }
}
