package dev.parley.adapter.persistence.shared;

import static dev.parley.adapter.persistence.jooq.Tables.OUTBOX_EVENTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.persistence.jooq.tables.records.OutboxEventsRecord;
import dev.parley.application.shared.port.out.OutboxPurge;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Reads {@code outbox_events} in sequence order with {@code FOR UPDATE SKIP LOCKED}, so concurrent publishers share
 * the backlog without waiting on each other. Decimals are read as written ({@code 0.10} stays {@code 0.10}).
 */
public final class JooqOutboxReader implements OutboxReader, OutboxPurge {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final DSLContext dsl;

    public JooqOutboxReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<OutboxEvent> lockUnpublished(int limit) {
        return dsl.selectFrom(OUTBOX_EVENTS)
                .where(OUTBOX_EVENTS.PUBLISHED_AT.isNull())
                .orderBy(OUTBOX_EVENTS.SEQUENCE)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(JooqOutboxReader::event);
    }

    @Override
    public void markPublished(List<EventId> events, Instant at) {
        if (events.isEmpty()) {
            return;
        }
        dsl.update(OUTBOX_EVENTS)
                .set(OUTBOX_EVENTS.PUBLISHED_AT, at)
                .where(OUTBOX_EVENTS.ID.in(events.stream().map(EventId::value).toList()))
                .execute();
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

    private static OutboxEvent event(OutboxEventsRecord row) {
        return new OutboxEvent(new EventId(row.getId()), new OrganizationId(row.getOrganizationId()), row.getType(),
                row.getOccurredAt(), data(row.getPayload().data()));
    }

    private static Map<String, Object> data(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox payload is not a JSON object", e);
        }
    }
}
