package dev.parley.domain.webhook;

import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The exact bytes a receiver gets for an event: {@code {"id", "type", "created_at", "organization_id", "data"}} as
 * compact UTF-8 JSON, {@code created_at} in RFC 3339 with microseconds in UTC. Built once when a delivery is created
 * and stored, so every attempt and redelivery sends, and signs, the same bytes.
 */
public final class WebhookPayload {
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private WebhookPayload() {
    }

    /** @param data the event as its owning surface shows it: plain data (strings, numbers, booleans, lists, maps, nulls) */
    public static byte[] envelope(EventId id, String type, Instant createdAt, OrganizationId organization, Map<String, ?> data) {
        return envelope(id, type, createdAt, organization, JsonFragment.of(data));
    }

    /** @param data the event as its owning surface shows it, already written as JSON */
    public static byte[] envelope(EventId id, String type, Instant createdAt, OrganizationId organization, JsonFragment data) {
        if (!isEventType(type)) {
            throw new IllegalArgumentException("an event type is dotted lowercase words, not " + type);
        }
        String json = "{\"id\":\"" + id.value()
                + "\",\"type\":\"" + type
                + "\",\"created_at\":\"" + timestamp(createdAt)
                + "\",\"organization_id\":" + organization.value()
                + ",\"data\":" + data.json() + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Dotted words of lowercase letters, digits and underscores ({@code ticket.message.created}), so it needs no escaping. */
    public static boolean isEventType(String type) {
        boolean wordStarts = true;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '.' && !wordStarts) {
                wordStarts = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
                wordStarts = false;
            } else {
                return false;
            }
        }
        return !wordStarts;
    }

    /** {@code 2024-03-15T14:23:00.123456Z}: RFC 3339, UTC, always six fraction digits (finer digits are dropped). */
    public static String timestamp(Instant instant) {
        return MICROS.format(instant);
    }
}
