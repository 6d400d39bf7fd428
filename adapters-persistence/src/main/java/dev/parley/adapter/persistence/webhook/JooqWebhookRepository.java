package dev.parley.adapter.persistence.webhook;

import static dev.parley.adapter.persistence.jooq.Tables.ORGANIZATIONS;
import static dev.parley.adapter.persistence.jooq.Tables.WEBHOOKS;
import static dev.parley.adapter.persistence.jooq.Tables.WEBHOOK_ATTEMPTS;
import static dev.parley.adapter.persistence.jooq.Tables.WEBHOOK_DELIVERIES;

import dev.parley.adapter.persistence.jooq.tables.records.WebhooksRecord;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.EventFilter;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Webhooks in {@code webhooks}, saved only over the version they were loaded at. Counting for the per-organization
 * limit locks the organization's row ({@code for no key update}, which foreign keys to it do not wait for), so
 * concurrent creators in one organization count one after the other.
 */
public final class JooqWebhookRepository implements WebhookRepository {
    private static final String ACTIVE_SUBSCRIBED = """
            select id from webhooks
             where organization_id = ? and active and (? = any(events) or ? = any(events))
             order by created_at, id
             for key share
            """;

    private final DSLContext dsl;

    public JooqWebhookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Webhook> find(OrganizationId org, WebhookId id) {
        return dsl.selectFrom(WEBHOOKS)
                .where(WEBHOOKS.ORGANIZATION_ID.eq(org.value()), WEBHOOKS.ID.eq(id.value()))
                .fetchOptional(WebhookRows::toWebhook);
    }

    @Override
    public Page<Webhook> page(OrganizationId org, PageRequest page) {
        long total = dsl.fetchCount(WEBHOOKS, WEBHOOKS.ORGANIZATION_ID.eq(org.value()));
        return new Page<>(dsl.selectFrom(WEBHOOKS)
                .where(WEBHOOKS.ORGANIZATION_ID.eq(org.value()))
                .orderBy(WEBHOOKS.CREATED_AT.desc(), WEBHOOKS.ID.desc())
                .limit(page.perPage())
                .offset(page.offset())
                .fetch(WebhookRows::toWebhook), total, page);
    }

    @Override
    public int lockAndCount(OrganizationId org) {
        dsl.selectOne().from(ORGANIZATIONS).where(ORGANIZATIONS.ID.eq(org.value())).forNoKeyUpdate().fetch();
        return dsl.fetchCount(WEBHOOKS, WEBHOOKS.ORGANIZATION_ID.eq(org.value()));
    }

    @Override
    public void add(Webhook webhook) {
        dsl.insertInto(WEBHOOKS).set(WebhookRows.toRecord(webhook, 1)).execute();
    }

    @Override
    public void update(Webhook webhook) {
        WebhooksRecord changed = WebhookRows.toRecord(webhook, webhook.version() + 1);
        int updated = dsl.update(WEBHOOKS)
                .set(WEBHOOKS.URL, changed.getUrl())
                .set(WEBHOOKS.EVENTS, changed.getEvents())
                .set(WEBHOOKS.DESCRIPTION, changed.getDescription())
                .set(WEBHOOKS.ACTIVE, changed.getActive())
                .set(WEBHOOKS.DEACTIVATED_REASON, changed.getDeactivatedReason())
                .set(WEBHOOKS.SECRET_SEALED, changed.getSecretSealed())
                .set(WEBHOOKS.PREVIOUS_SECRET_SEALED, changed.getPreviousSecretSealed())
                .set(WEBHOOKS.PREVIOUS_SECRET_VALID_UNTIL, changed.getPreviousSecretValidUntil())
                .set(WEBHOOKS.SECRET_ROTATED_AT, changed.getSecretRotatedAt())
                .set(WEBHOOKS.UPDATED_AT, changed.getUpdatedAt())
                .set(WEBHOOKS.VERSION, changed.getVersion())
                .where(WEBHOOKS.ID.eq(webhook.id().value()),
                        WEBHOOKS.ORGANIZATION_ID.eq(webhook.organizationId().value()),
                        WEBHOOKS.VERSION.eq(webhook.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("webhook.concurrent_update",
                    "Webhook " + webhook.id().value() + " was changed since it was loaded; reload it and try again.");
        }
    }

    /**
     * Deletes the webhook, then its pending deliveries and those it attempted, then their attempts. Deleting the webhook
     * first waits for any dispatch that has read it (see {@link #activeSubscribedTo}), so the deliveries that dispatch
     * stored are committed and deleted here; once the deliveries are gone no attempt can be logged for them any more, and
     * one logged just before is committed by then. Deliveries have no index by webhook (each would cost every delivery
     * index entries): pending ones are found through the due index and attempted ones through the log, and an abandoned
     * delivery that was never attempted stays, unreachable, until the purge of finished deliveries.
     */
    @Override
    public void delete(OrganizationId org, WebhookId id) {
        dsl.deleteFrom(WEBHOOKS).where(WEBHOOKS.ORGANIZATION_ID.eq(org.value()), WEBHOOKS.ID.eq(id.value())).execute();
        Condition deliveriesOfWebhook = JooqDeliveryRepository.ofWebhook(org, id);
        Condition attemptsOfWebhook = JooqDeliveryRepository.attemptsOfWebhook(org, id);
        dsl.deleteFrom(WEBHOOK_DELIVERIES)
                .where(deliveriesOfWebhook, WEBHOOK_DELIVERIES.STATUS.eq(DeliveryStatus.PENDING.wireName()))
                .execute();
        dsl.deleteFrom(WEBHOOK_DELIVERIES)
                .where(deliveriesOfWebhook,
                        WEBHOOK_DELIVERIES.ID.in(DSL.select(WEBHOOK_ATTEMPTS.DELIVERY_ID).from(WEBHOOK_ATTEMPTS).where(attemptsOfWebhook)))
                .execute();
        dsl.deleteFrom(WEBHOOK_ATTEMPTS).where(attemptsOfWebhook).execute();
    }

    /**
     * Locks the webhooks it answers against deletion (not against edits) until the transaction ends, so that deliveries
     * stored for them in the same transaction never outlive them. Plain JDBC: a dispatch runs this for every batch.
     */
    @Override
    public List<WebhookId> activeSubscribedTo(OrganizationId org, String eventType) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ACTIVE_SUBSCRIBED)) {
                statement.setLong(1, org.value());
                statement.setString(2, eventType);
                statement.setString(3, EventFilter.ALL);
                List<WebhookId> subscribed = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        subscribed.add(new WebhookId(rows.getLong(1)));
                    }
                }
                return subscribed;
            }
        });
    }
}
