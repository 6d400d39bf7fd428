package dev.parley.adapter.persistence.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.impl.AbstractConverter;

/** Maps {@code timestamptz} to {@link Instant}, cut to the microsecond PostgreSQL keeps so values round-trip exactly. */
public final class InstantConverter extends AbstractConverter<OffsetDateTime, Instant> {
    public InstantConverter() {
        super(OffsetDateTime.class, Instant.class);
    }

    @Override
    public Instant from(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }

    /**
     * Microseconds since 1970 (cut like {@link #to}), for array parameters: pgjdbc sends {@code int8[]} in binary but a
     * {@code timestamptz[]} as text, escaped element by element. SQL turns them back with
     * {@code timestamptz 'epoch' + micros * interval '1 microsecond'}, which is exact below 2^53.
     */
    public static Long epochMicros(Instant instant) {
        return instant == null ? null : Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    @Override
    public OffsetDateTime to(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
