package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdempotencyRecords.StoredResponse;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store's purge port must do for housekeeping: delete exactly what is old at the cutoff (inclusive), never
 * what is still in use (an unpublished event, a pending delivery), and no more than the batch limit at a time.
 */
public abstract class HousekeepingContractTest {
    private static final Duration DAY = Duration.ofDays(1);
    private static final DeliveryOutcome OK = DeliveryOutcome.answered(200, Duration.ofMillis(5), new byte[0], Optional.empty());

    private record TestEvent(OrganizationId organizationId, Instant occurredAt, String name) implements DomainEvent {
        @Override
        public String type() {
            return "ticket.created";
        }

        @Override
        public Map<String, Object> data() {
            return Map.of("name", name);
        }
    }

    private Adapters adapters;
    private OrganizationId org;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        org = new Seed(adapters).organization(1, "acme");
    }

    @Test
    void published_events_go_once_published_at_or_before_the_cutoff_and_unpublished_ones_never() {
        adapters.transactions().run(() -> adapters.outbox().append(List.of(
                new TestEvent(org, T0, "a"), new TestEvent(org, T0, "b"), new TestEvent(org, T0, "c"), new TestEvent(org, T0, "d"))));
        adapters.transactions().run(() -> adapters.outboxReader().takeUnpublished(2, T0));
        adapters.transactions().run(() -> adapters.outboxReader().takeUnpublished(1, T0.plus(DAY)));

        assertThat(adapters.outboxPurge().deletePublishedUpTo(T0.minusNanos(1000), 10)).isZero();
        assertThat(adapters.outboxPurge().deletePublishedUpTo(T0, 1)).isEqualTo(1);
        assertThat(adapters.outboxPurge().deletePublishedUpTo(T0, 10)).isEqualTo(1);
        assertThat(adapters.outboxPurge().deletePublishedUpTo(T0.plus(DAY.multipliedBy(365)), 10)).isEqualTo(1);

        assertThat(adapters.recordedEvents()).extracting(event -> event.data().get("name")).containsExactly("d");
        assertThat(adapters.transactions().inTransaction(() -> adapters.outboxReader().takeUnpublished(10, T0))).hasSize(1);
    }

    @Test
    void idempotency_keys_go_once_first_used_at_or_before_the_cutoff_with_or_without_a_response() {
        adapters.idempotency().reserve(org, "tickets.create", "old", "hash", T0);
        adapters.idempotency().complete(org, "tickets.create", "old", new StoredResponse("hash", 201, "{}"));
        adapters.idempotency().reserve(org, "tickets.create", "unanswered", "hash", T0);
        adapters.idempotency().reserve(org, "tickets.create", "young", "hash", T0.plusSeconds(1));
        adapters.idempotency().complete(org, "tickets.create", "young", new StoredResponse("hash", 201, "{}"));

        assertThat(adapters.idempotencyPurge().deleteCreatedUpTo(T0, 1)).isEqualTo(1);
        assertThat(adapters.idempotencyPurge().deleteCreatedUpTo(T0, 10)).isEqualTo(1);
        assertThat(adapters.idempotencyPurge().deleteCreatedUpTo(T0, 10)).isZero();

        Instant soon = T0.plusSeconds(2);
        assertThat(adapters.idempotency().reserve(org, "tickets.create", "old", "other", soon)).isEmpty();
        assertThat(adapters.idempotency().reserve(org, "tickets.create", "unanswered", "other", soon)).isEmpty();
        assertThat(adapters.idempotency().reserve(org, "tickets.create", "young", "hash", soon))
                .contains(new StoredResponse("hash", 201, "{}"));
    }

    @Test
    void rate_windows_go_once_last_changed_at_or_before_the_cutoff() {
        RatePolicy onePerHour = new RatePolicy(1, Duration.ofHours(1));
        adapters.rateWindows().attempt("idle", onePerHour, T0);
        adapters.rateWindows().attempt("busy", onePerHour, T0.plusSeconds(60));
        assertThat(adapters.rateWindows().attempt("idle", onePerHour, T0.plusSeconds(90)).admitted())
                .as("a refused attempt changes nothing, so it does not keep the window").isFalse();

        assertThat(adapters.rateWindowPurge().deleteIdleUpTo(T0, 10)).isEqualTo(1);
        assertThat(adapters.rateWindowPurge().deleteIdleUpTo(T0, 10)).isZero();

        assertThat(adapters.rateWindows().attempt("idle", onePerHour, T0.plusSeconds(120)).admitted()).isTrue();
        assertThat(adapters.rateWindows().attempt("busy", onePerHour, T0.plusSeconds(120)).admitted()).isFalse();
    }

    @Test
    void rate_window_purges_take_at_most_the_batch() {
        for (int i = 0; i < 5; i++) {
            adapters.rateWindows().attempt("key-" + i, RatePolicy.perMinute(10), T0);
        }

        assertThat(adapters.rateWindowPurge().deleteIdleUpTo(T0, 2)).isEqualTo(2);
        assertThat(adapters.rateWindowPurge().deleteIdleUpTo(T0, 10)).isEqualTo(3);
    }

    @Test
    void finished_deliveries_go_with_their_attempts_and_pending_ones_never() {
        WebhookId webhook = new WebhookId(10);
        adapters.webhooks().add(WebhookSeed.webhook(org, 10, List.of("*"), T0));
        adapters.transactions().run(() -> adapters.deliveries().add(List.of(delivery(1, webhook), delivery(2, webhook), delivery(3, webhook),
                delivery(4, webhook))));
        List<ClaimedDelivery> claimed = adapters.transactions().inTransaction(() -> adapters.deliveries().claimDue("w", T0, Duration.ofSeconds(60), 10));
        assertThat(claimed).hasSize(4);
        settle(claimed.get(0), Settlement.finished(DeliveryStatus.SUCCEEDED, T0));
        settle(claimed.get(1), Settlement.finished(DeliveryStatus.FAILED, T0.plus(DAY)));
        settle(claimed.get(2), Settlement.retryAt(T0));
        settle(claimed.get(3), Settlement.finished(DeliveryStatus.SUCCEEDED, T0));
        adapters.transactions().run(() -> adapters.deliveries().redeliver(org, webhook, claimed.get(3).lease().delivery(), T0.plusSeconds(1)));

        assertThat(adapters.deliveryPurge().deleteFinishedUpTo(T0, 10)).isEqualTo(1);
        assertThat(adapters.deliveryPurge().deleteFinishedUpTo(T0.plus(DAY.multipliedBy(365)), 10)).isEqualTo(1);

        assertThat(status(webhook, claimed.get(0))).isEmpty();
        assertThat(status(webhook, claimed.get(1))).isEmpty();
        assertThat(status(webhook, claimed.get(2))).contains(DeliveryStatus.PENDING);
        assertThat(status(webhook, claimed.get(3))).contains(DeliveryStatus.PENDING);
        var log = adapters.transactions().inTransaction(() -> adapters.deliveries().attempts(org, webhook, new PageRequest(1, 10)));
        assertThat(log.items()).extracting(attempt -> attempt.deliveryId())
                .containsExactlyInAnyOrder(claimed.get(2).lease().delivery(), claimed.get(3).lease().delivery());
    }

    private void settle(ClaimedDelivery delivery, Settlement next) {
        AttemptResult result = new AttemptResult(delivery.lease(), new DeliveryAttempt(T0, OK, false), next);
        assertThat(adapters.transactions().inTransaction(() -> adapters.deliveries().recordAttempts(List.of(result))))
                .containsExactly(delivery.lease().delivery());
    }

    private Optional<DeliveryStatus> status(WebhookId webhook, ClaimedDelivery delivery) {
        return adapters.transactions().inTransaction(() -> adapters.deliveries().status(org, webhook, delivery.lease().delivery()));
    }

    private NewDelivery delivery(int n, WebhookId webhook) {
        return new NewDelivery(new DeliveryId(uuid(n)), org, webhook, new EventId(uuid(1000 + n)), "ticket.created",
                ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8), T0);
    }
}
