package dev.parley.domain.webhook;

import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.JsonText;
import dev.parley.domain.shared.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The exact bytes a receiver gets for an event: {@code {"id", "type", "created_at", "organization_id", "data"}} as
 * compact UTF-8 JSON, {@code created_at} in RFC 3339 with microseconds in UTC. Built once when a delivery is created
 * and stored, so every attempt and redelivery sends, and signs, the same bytes.
 */
public final class WebhookPayload {
    public static final Pattern EVENT_TYPE = Pattern.compile("^[a-z0-9_]+(\\.[a-z0-9_]+)*$");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private WebhookPayload() {
    }

    /** @param data the event as its owning surface shows it: plain data (strings, numbers, booleans, lists, maps, nulls) */
    public static byte[] envelope(EventId id, String type, Instant createdAt, OrganizationId organization, Map<String, ?> data) {
        if (!EVENT_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("an event type is dotted lowercase words, not " + type);
        }
        String json = "{\"id\":" + JsonText.quote(id.value().toString())
                + ",\"type\":" + JsonText.quote(type)
                + ",\"created_at\":" + JsonText.quote(timestamp(createdAt))
                + ",\"organization_id\":" + organization.value()
                + ",\"data\":" + JsonText.write(data) + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code 2024-03-15T14:23:00.123456Z}: RFC 3339, UTC, always six fraction digits (finer digits are dropped). */
    public static String timestamp(Instant instant) {
        return MICROS.format(instant);
    }
}
