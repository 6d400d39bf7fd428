package dev.parley.domain.shared;

import java.time.ZoneId;
import java.util.Set;

/** An IANA time zone name such as {@code Europe/Berlin} or {@code UTC}; fixed offsets like {@code +02:00} are refused. */
public record TimeZoneName(String value) {
    private static final Set<String> KNOWN = Set.copyOf(ZoneId.getAvailableZoneIds());
    public static final TimeZoneName UTC = new TimeZoneName("UTC");

    public TimeZoneName {
        InvalidInput.required("time_zone", value);
        if (!KNOWN.contains(value)) {
            throw new InvalidInput("time_zone", "must be an IANA time zone such as Europe/Berlin");
        }
    }

    public static TimeZoneName of(String field, String raw) {
        try {
            return new TimeZoneName(raw);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.reason());
        }
    }

    public ZoneId zone() {
        return ZoneId.of(value);
    }
}
