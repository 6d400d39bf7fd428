package dev.parley.adapter.persistence;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.persistence.shared.PgWorkSignal;
import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.contract.WebhookSeed;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several workers claiming deliveries from one PostgreSQL at once, and what the schema does around them. */
class DeliveryClaimsUnderConcurrencyTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final Duration LEASE = Duration.ofSeconds(60);

    private Adapters adapters;
    private OrganizationId org;
    private WebhookId webhook;

    @BeforeEach
    void seed() {
        adapters = DATABASE.emptyAdapters();
        org = new Seed(adapters).organization(1, "acme");
        adapters.webhooks().add(WebhookSeed.webhook(org, 10, List.of("*"), T0));
        webhook = new WebhookId(10);
    }

    private void addDeliveries(int count) {
        List<NewDelivery> added = IntStream.rangeClosed(1, count).mapToObj(n -> new NewDelivery(new DeliveryId(uuid(n)), org, webhook,
                new EventId(uuid(100_000 + n)), "ticket.created", "{}".getBytes(StandardCharsets.UTF_8), T0)).toList();
        adapters.transactions().run(() -> adapters.deliveries().add(added));
    }

    private List<ClaimedDelivery> claim(String owner, int limit) {
        return adapters.transactions().inTransaction(() -> adapters.deliveries().claimDue(owner, T0, LEASE, limit));
    }

    @Test
    void eight_concurrent_claimers_never_get_the_same_delivery_and_together_get_them_all() throws Exception {
        addDeliveries(300);
        ConcurrentLinkedQueue<DeliveryId> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            String owner = "worker-" + w;
            workers.add(pool.submit(() -> {
                List<ClaimedDelivery> batch;
                while (!(batch = claim(owner, 3)).isEmpty()) {
                    batch.forEach(delivery -> claimed.add(delivery.lease().delivery()));
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(claimed).hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void a_claimer_skips_a_delivery_another_transaction_is_claiming_without_waiting() throws Exception {
        addDeliveries(2);

        List<List<ClaimedDelivery>> both = adapters.transactions().inTransaction(() -> {
            List<ClaimedDelivery> first = adapters.deliveries().claimDue("a", T0, LEASE, 1);
            CompletableFuture<List<ClaimedDelivery>> second = CompletableFuture.supplyAsync(() -> claim("b", 10));
            try {
                return List.of(first, second.get(5, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new AssertionError("the second claimer waited for the first", e);
            }
        });

        assertThat(both.get(0)).hasSize(1);
        assertThat(both.get(1)).hasSize(1);
        assertThat(both.get(1).get(0).lease().delivery()).isNotEqualTo(both.get(0).get(0).lease().delivery());
    }

    @Test
    void deleting_a_webhook_deletes_its_deliveries_and_their_log() {
        addDeliveries(2);
        List<ClaimedDelivery> claimed = claim("a", 2);
        adapters.transactions().run(() -> adapters.deliveries().recordAttempts(List.of(
                new AttemptResult(claimed.get(0).lease(), new DeliveryAttempt(T0,
                        DeliveryOutcome.answered(500, Duration.ofMillis(1), new byte[0], Optional.empty()), false),
                        Settlement.retryAt(T0.plusSeconds(60))),
                new AttemptResult(claimed.get(1).lease(), new DeliveryAttempt(T0,
                        DeliveryOutcome.answered(204, Duration.ofMillis(1), new byte[0], Optional.empty()), false),
                        Settlement.finished(DeliveryStatus.SUCCEEDED, T0)))));
        assertThat(DATABASE.sql().fetchCount(DATABASE.sql().selectFrom("webhook_deliveries").where("status = 'succeeded'")))
                .as("one delivery finished, one still pending").isOne();

        adapters.webhooks().delete(org, webhook);

        assertThat(DATABASE.sql().fetchCount(DATABASE.sql().selectFrom("webhook_deliveries"))).isZero();
        assertThat(DATABASE.sql().fetchCount(DATABASE.sql().selectFrom("webhook_attempts"))).isZero();
    }

    @Test
    void a_webhook_deleted_while_a_dispatch_stores_deliveries_for_it_takes_them_along() throws Exception {
        AtomicReference<CompletableFuture<Void>> deletion = new AtomicReference<>();
        adapters.transactions().run(() -> {
            assertThat(adapters.webhooks().activeSubscribedTo(org, "ticket.created")).hasSize(1);
            deletion.set(CompletableFuture.runAsync(() -> adapters.transactions().run(() -> adapters.webhooks().delete(org, webhook))));
            assertThatThrownBy(() -> deletion.get().get(500, TimeUnit.MILLISECONDS))
                    .as("the deletion waits for the dispatch that read the webhook").isInstanceOf(TimeoutException.class);
            adapters.deliveries().add(List.of(new NewDelivery(new DeliveryId(uuid(1)), org, webhook, new EventId(uuid(2)),
                    "ticket.created", "{}".getBytes(StandardCharsets.UTF_8), T0)));
        });
        deletion.get().get(10, TimeUnit.SECONDS);

        assertThat(DATABASE.sql().fetchCount(DATABASE.sql().selectFrom("webhook_deliveries"))).isZero();
    }

    @Test
    void a_delivery_cannot_name_a_webhook_of_another_organization() {
        OrganizationId otherOrg = new Seed(adapters).organization(2, "globex");
        NewDelivery crossTenant = new NewDelivery(new DeliveryId(uuid(1)), otherOrg, webhook, new EventId(uuid(2)), "ticket.created",
                "{}".getBytes(StandardCharsets.UTF_8), T0);

        assertThatThrownBy(() -> adapters.transactions().run(() -> adapters.deliveries().add(List.of(crossTenant))))
                .isInstanceOf(RuntimeException.class);
        assertThat(adapters.transactions().inTransaction(() -> adapters.deliveries().status(otherOrg, webhook, new DeliveryId(uuid(1)))))
                .isEmpty();
    }

    @Test
    void purged_deliveries_and_those_of_a_deleted_webhook_leave_no_attempt_behind() {
        adapters.webhooks().add(WebhookSeed.webhook(org, 11, List.of("*"), T0));
        List<NewDelivery> added = IntStream.rangeClosed(1, 4).mapToObj(n -> new NewDelivery(new DeliveryId(uuid(n)), org,
                new WebhookId(n <= 2 ? 10 : 11), new EventId(uuid(100 + n)), "ticket.created", "{}".getBytes(StandardCharsets.UTF_8), T0)).toList();
        adapters.transactions().run(() -> adapters.deliveries().add(added));
        List<AttemptResult> results = claim("a", 4).stream().map(claimed -> new AttemptResult(claimed.lease(),
                new DeliveryAttempt(T0, DeliveryOutcome.answered(200, Duration.ofMillis(1), new byte[0], Optional.empty()), false),
                Settlement.finished(DeliveryStatus.SUCCEEDED, T0))).toList();
        adapters.transactions().run(() -> adapters.deliveries().recordAttempts(results));
        assertThat(attemptRows()).isEqualTo(4);

        assertThat(adapters.transactions().inTransaction(() -> adapters.deliveryPurge().deleteFinishedUpTo(T0, 1))).isEqualTo(1);
        assertThat(attemptRows()).isEqualTo(3);
        adapters.transactions().run(() -> adapters.webhooks().delete(org, new WebhookId(11)));
        assertThat(attemptRows()).as("the purged one's and webhook 11's two are gone").isEqualTo(1);
    }

    private int attemptRows() {
        return DATABASE.sql().fetchCount(DATABASE.sql().selectOne().from("webhook_attempts"));
    }

    @Test
    void committed_events_and_deliveries_wake_listeners_and_rolled_back_ones_do_not() {
        try (PgWorkSignal outbox = DATABASE.module().listen(List.of("parley_outbox"));
             PgWorkSignal deliveries = DATABASE.module().listen(List.of("parley_deliveries"))) {
            outbox.await(Duration.ofSeconds(10));
            deliveries.await(Duration.ofSeconds(10));

            adapters.transactions().run(() -> adapters.outbox().append(Seed.ticket(org, uuid(1), Channel.EMAIL, List.of(), T0).pullEvents()));
            assertThat(millisToAwait(outbox, Duration.ofSeconds(10))).isLessThan(5_000);

            addDeliveries(1);
            assertThat(millisToAwait(deliveries, Duration.ofSeconds(10))).isLessThan(5_000);

            ClaimedDelivery claimed = claim("a", 1).get(0);
            adapters.transactions().run(() -> adapters.deliveries().recordAttempts(List.of(new AttemptResult(claimed.lease(),
                    new DeliveryAttempt(T0, DeliveryOutcome.answered(500, Duration.ofMillis(1), new byte[0], Optional.empty()), false),
                    Settlement.finished(DeliveryStatus.FAILED, T0)))));
            assertThat(millisToAwait(deliveries, Duration.ofMillis(700))).as("claims and results wake nobody").isGreaterThanOrEqualTo(650);
            adapters.transactions().run(() -> adapters.deliveries().redeliver(org, webhook, claimed.lease().delivery(), T0));
            assertThat(millisToAwait(deliveries, Duration.ofSeconds(10))).as("a redelivery wakes the workers").isLessThan(5_000);
            adapters.transactions().run(() -> adapters.deliveries().addClaimed(List.of(new NewDelivery(new DeliveryId(uuid(7)), org, webhook,
                    new EventId(uuid(8)), "ticket.created", "{}".getBytes(StandardCharsets.UTF_8), T0)), "server/hand-off", T0.plus(LEASE)));
            assertThat(millisToAwait(deliveries, Duration.ofMillis(700))).as("deliveries stored claimed wake nobody")
                    .isGreaterThanOrEqualTo(650);

            try {
                adapters.transactions().run(() -> {
                    adapters.outbox().append(Seed.ticket(org, uuid(2), Channel.EMAIL, List.of(), T0).pullEvents());
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the events were never committed
            }
            assertThat(millisToAwait(outbox, Duration.ofMillis(700))).isGreaterThanOrEqualTo(650);
        }
    }

    private static long millisToAwait(PgWorkSignal signal, Duration max) {
        long started = System.nanoTime();
        signal.await(max);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
