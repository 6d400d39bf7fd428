package dev.parley.adapter.persistence.shared;

import static dev.parley.adapter.persistence.jooq.Tables.OUTBOX_EVENTS;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.parley.application.shared.port.out.OutboxPurge;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Takes {@code outbox_events} in sequence order with {@code FOR UPDATE SKIP LOCKED}, so concurrent publishers share
 * the backlog without waiting on each other. Decimals are read as written ({@code 0.10} stays {@code 0.10}).
 */
public final class JooqOutboxReader implements OutboxReader, OutboxPurge {
    private static final ObjectReader DATA = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readerFor(new TypeReference<Map<String, Object>>() { });

    private static final InstantConverter INSTANTS = new InstantConverter();
    /**
     * Marks the oldest unpublished events published and hands them out; RETURNING keeps no order, so sequence comes too.
     * The rows are found again by their physical address (ctid), which the lock keeps valid until commit, not through
     * the primary key once more for each of them.
     */
    private static final String TAKE_UNPUBLISHED = """
            update outbox_events set published_at = cast(? as timestamptz)
             where ctid = any(array(select ctid from outbox_events where published_at is null order by sequence limit ?
                                    for update skip locked))
            returning sequence, id, organization_id, type, occurred_at, cast(payload as text)
            """;

    private final DSLContext dsl;

    public JooqOutboxReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Plain JDBC: the dispatcher runs this for every batch, and jOOQ's record mapping cost more than the statement. */
    @Override
    public List<OutboxEvent> takeUnpublished(int limit, Instant at) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TAKE_UNPUBLISHED)) {
                statement.setObject(1, INSTANTS.to(at), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setInt(2, limit);
                List<Taken> taken = new ArrayList<>(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        taken.add(new Taken(rows.getLong(1), new OutboxEvent(new EventId(rows.getObject(2, UUID.class)),
                                new OrganizationId(rows.getLong(3)), rows.getString(4),
                                INSTANTS.from(rows.getObject(5, OffsetDateTime.class)), data(rows.getBytes(6)))));
                    }
                }
                taken.sort(Comparator.comparingLong(Taken::sequence));
                return taken.stream().map(Taken::event).toList();
            }
        });
    }

    private record Taken(long sequence, OutboxEvent event) {
    }

    @Override
    public int deletePublishedUpTo(Instant cutoff, int limit) {
        return dsl.deleteFrom(OUTBOX_EVENTS)
                .where(OUTBOX_EVENTS.ID.in(dsl.select(OUTBOX_EVENTS.ID).from(OUTBOX_EVENTS)
                        .where(OUTBOX_EVENTS.PUBLISHED_AT.le(cutoff))
                        .limit(limit)
                        .forUpdate().skipLocked()))
                .execute();
    }

    /**
     * The payload's UTF-8 text, parsed without decoding it into a string first; the statement casts it to text, so these
     * are the JSON's bytes whichever format pgjdbc receives it in.
     */
    private static Map<String, Object> data(byte[] json) {
        try {
            return DATA.readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("an outbox payload is not a JSON object", e);
        }
    }
}
