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

    @Override
    public OffsetDateTime to(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
