package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.Lease;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryRepository} must do: hand each due delivery to one claimer at a time under a lease, accept a
 * result only from the lease's holder, and keep the log, all scoped by organization and webhook.
 */
public abstract class DeliveryRepositoryContractTest {
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final DeliveryOutcome OK = DeliveryOutcome.answered(200, Duration.ofMillis(12), "thanks".getBytes(StandardCharsets.UTF_8),
            Optional.empty());
    private static final DeliveryOutcome UNAVAILABLE = DeliveryOutcome.answered(503, Duration.ofMillis(40),
            "busy \u00e9".getBytes(StandardCharsets.UTF_8), Optional.empty());

    private Adapters adapters;
    private DeliveryRepository deliveries;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private WebhookId webhook;
    private WebhookId secondWebhook;
    private WebhookId otherOrgWebhook;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        webhook = stored(org, 10);
        secondWebhook = stored(org, 11);
        otherOrgWebhook = stored(otherOrg, 20);
        deliveries = adapters.deliveries();
    }

    private WebhookId stored(OrganizationId owner, long id) {
        adapters.webhooks().add(WebhookSeed.webhook(owner, id, List.of("*"), T0));
        return new WebhookId(id);
    }

    private static NewDelivery delivery(int n, OrganizationId org, WebhookId webhook, Instant at) {
        return new NewDelivery(new DeliveryId(uuid(n)), org, webhook, new EventId(uuid(1000 + n)), "ticket.created",
                ("{\"n\":" + n + ",\"bytes\":\"\u00e9\\u0000\"}").getBytes(StandardCharsets.UTF_8), at);
    }

    /** The n of {@code uuid(n)}. */
    private static int number(DeliveryId id) {
        return Integer.parseInt(id.value().toString().substring(24));
    }

    private void add(NewDelivery... added) {
        adapters.transactions().run(() -> deliveries.add(List.of(added)));
    }

    private List<ClaimedDelivery> claim(String owner, Instant now, int limit) {
        return adapters.transactions().inTransaction(() -> deliveries.claimDue(owner, now, LEASE, limit));
    }

    private static Lease leaseOf(List<ClaimedDelivery> batch, int n) {
        return batch.stream().map(ClaimedDelivery::lease).filter(lease -> lease.delivery().equals(new DeliveryId(uuid(n)))).findFirst().orElseThrow();
    }

    private boolean record(Lease lease, Instant startedAt, DeliveryOutcome outcome, Settlement next) {
        return adapters.transactions().inTransaction(() -> deliveries.recordAttempts(
                List.of(new AttemptResult(lease, new DeliveryAttempt(startedAt, outcome, false), next)))).contains(lease.delivery());
    }

    private Optional<DeliveryStatus> status(OrganizationId owner, WebhookId target, int n) {
        return adapters.transactions().inTransaction(() -> deliveries.status(owner, target, new DeliveryId(uuid(n))));
    }

    private Page<DeliveryAttemptView> log(OrganizationId owner, WebhookId target, int page, int perPage) {
        return adapters.transactions().inTransaction(() -> deliveries.attempts(owner, target, new PageRequest(page, perPage)));
    }

    @Test
    void a_new_delivery_is_claimed_once_as_attempt_one_with_its_bytes_and_message_id() {
        NewDelivery added = delivery(1, org, webhook, T0);
        add(added);

        List<ClaimedDelivery> claimed = claim("w1", T0, 10);

        assertThat(claimed).hasSize(1);
        ClaimedDelivery delivery = claimed.get(0);
        assertThat(delivery.lease()).isEqualTo(new Lease(added.id(), "w1", 1));
        assertThat(delivery.organizationId()).isEqualTo(org);
        assertThat(delivery.webhookId()).isEqualTo(webhook);
        assertThat(delivery.eventType()).isEqualTo("ticket.created");
        assertThat(delivery.body()).isEqualTo(added.body());
        assertThat(delivery.messageId()).isEqualTo(added.id().messageId());
        assertThat(claim("w2", T0.plusSeconds(59), 10)).isEmpty();
        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.PENDING);
    }

    @Test
    void a_delivery_stored_claimed_is_attempt_one_of_its_owner_and_no_one_else_claims_it_before_the_lease_runs_out() {
        NewDelivery added = delivery(1, org, webhook, T0);

        List<ClaimedDelivery> stored = adapters.transactions().inTransaction(() -> deliveries.addClaimed(List.of(added), "hand-off", T0.plus(LEASE)));

        assertThat(stored).hasSize(1);
        ClaimedDelivery delivery = stored.get(0);
        assertThat(delivery.lease()).isEqualTo(new Lease(added.id(), "hand-off", 1));
        assertThat(delivery.leaseUntil()).isEqualTo(T0.plus(LEASE));
        assertThat(delivery.body()).isEqualTo(added.body());
        assertThat(delivery.messageId()).isEqualTo(added.id().messageId());
        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.PENDING);
        assertThat(claim("w1", T0.plus(LEASE).minusSeconds(1), 10)).isEmpty();
        assertThat(claim("w1", T0.plus(LEASE), 10)).extracting(ClaimedDelivery::lease).containsExactly(new Lease(added.id(), "w1", 2));
    }

    @Test
    void a_delivery_stored_claimed_takes_its_owners_result_and_given_back_is_due_at_once_as_attempt_one() {
        adapters.transactions().run(() -> {
            deliveries.add(List.of(delivery(1, org, webhook, T0)));
            deliveries.addClaimed(List.of(delivery(2, org, webhook, T0), delivery(3, org, webhook, T0)), "hand-off", T0.plus(LEASE));
        });
        Lease second = new Lease(new DeliveryId(uuid(2)), "hand-off", 1);
        Lease third = new Lease(new DeliveryId(uuid(3)), "hand-off", 1);

        assertThat(record(second, T0, OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(1)))).isTrue();
        assertThat(adapters.transactions().inTransaction(() -> deliveries.release(third, T0.plusSeconds(2)))).isTrue();

        assertThat(status(org, webhook, 2)).contains(DeliveryStatus.SUCCEEDED);
        assertThat(log(org, webhook, 1, 10).items()).extracting(DeliveryAttemptView::attemptNumber).containsExactly(1);
        assertThat(claim("w1", T0.plusSeconds(2), 10)).extracting(ClaimedDelivery::lease)
                .containsExactlyInAnyOrder(new Lease(new DeliveryId(uuid(1)), "w1", 1), new Lease(third.delivery(), "w1", 1));
    }

    @Test
    void due_deliveries_come_earliest_first_up_to_the_limit_and_later_ones_wait() {
        add(delivery(1, org, webhook, T0.plusSeconds(2)), delivery(2, org, webhook, T0), delivery(3, otherOrg, otherOrgWebhook, T0.plusSeconds(1)),
                delivery(4, org, secondWebhook, T0.plusSeconds(30)));

        List<ClaimedDelivery> first = claim("w1", T0.plusSeconds(5), 2);
        List<ClaimedDelivery> second = claim("w2", T0.plusSeconds(5), 10);

        assertThat(first).extracting(c -> c.lease().delivery()).containsExactlyInAnyOrder(new DeliveryId(uuid(2)), new DeliveryId(uuid(3)));
        assertThat(second).extracting(c -> c.lease().delivery()).containsExactly(new DeliveryId(uuid(1)));
        assertThat(claim("w3", T0.plusSeconds(30), 10)).extracting(c -> c.lease().delivery()).containsExactly(new DeliveryId(uuid(4)));
    }

    @Test
    void a_lease_that_runs_out_makes_the_delivery_due_again_under_the_next_attempt_number() {
        add(delivery(1, org, webhook, T0));
        Lease first = claim("w1", T0, 1).get(0).lease();

        List<ClaimedDelivery> again = claim("w2", T0.plus(LEASE), 1);

        assertThat(again).extracting(ClaimedDelivery::lease).containsExactly(new Lease(first.delivery(), "w2", 2));
        assertThat(again.get(0).messageId()).isEqualTo(new DeliveryId(uuid(1)).messageId());
    }

    @Test
    void a_result_from_a_worker_that_lost_its_lease_is_ignored() {
        add(delivery(1, org, webhook, T0));
        Lease lost = claim("w1", T0, 1).get(0).lease();
        Lease current = claim("w2", T0.plus(LEASE), 1).get(0).lease();

        boolean late = record(lost, T0, OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(61)));
        boolean sameOwnerStaleAttempt = record(new Lease(current.delivery(), "w2", 1), T0, OK,
                Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(61)));
        boolean abandonedLate = adapters.transactions().inTransaction(() -> deliveries.abandon(lost, T0.plusSeconds(61)));

        assertThat(late).isFalse();
        assertThat(sameOwnerStaleAttempt).isFalse();
        assertThat(abandonedLate).isFalse();
        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.PENDING);
        assertThat(log(org, webhook, 1, 10).items()).isEmpty();
        assertThat(record(current, T0.plus(LEASE), UNAVAILABLE, Settlement.finished(DeliveryStatus.FAILED, T0.plusSeconds(62)))).isTrue();
        assertThat(log(org, webhook, 1, 10).items()).extracting(DeliveryAttemptView::attemptNumber).containsExactly(2);
    }

    @Test
    void a_batch_claim_leases_each_delivery_on_its_own_and_each_result_is_written_only_under_its_own_lease() {
        add(delivery(1, org, webhook, T0), delivery(2, org, webhook, T0), delivery(3, org, secondWebhook, T0));
        Lease retried = claim("w0", T0, 1).get(0).lease();
        add(delivery(4, otherOrg, otherOrgWebhook, T0.plusSeconds(1)));

        List<ClaimedDelivery> batch = claim("w1", T0.plus(LEASE), 10);

        assertThat(batch).extracting(ClaimedDelivery::lease).containsExactlyInAnyOrder(
                new Lease(retried.delivery(), "w1", 2), new Lease(new DeliveryId(uuid(2)), "w1", 1),
                new Lease(new DeliveryId(uuid(3)), "w1", 1), new Lease(new DeliveryId(uuid(4)), "w1", 1));
        assertThat(batch).allSatisfy(claimed -> assertThat(claimed.body()).isEqualTo(
                delivery(number(claimed.lease().delivery()), org, webhook, T0).body()));
        assertThat(claim("w2", T0.plus(LEASE).plusSeconds(59), 10)).isEmpty();
        Lease second = batch.stream().map(ClaimedDelivery::lease).filter(l -> l.delivery().equals(new DeliveryId(uuid(2)))).findFirst().orElseThrow();
        assertThat(record(second, T0.plus(LEASE), OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plus(LEASE)))).isTrue();
        assertThat(record(retried, T0.plus(LEASE), OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plus(LEASE)))).isFalse();
        assertThat(status(org, webhook, 2)).contains(DeliveryStatus.SUCCEEDED);
        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.PENDING);
        assertThat(status(org, secondWebhook, 3)).contains(DeliveryStatus.PENDING);
        assertThat(log(org, webhook, 1, 10).items()).extracting(DeliveryAttemptView::attemptNumber).containsExactly(1);
    }

    @Test
    void results_recorded_together_each_need_their_own_lease_and_the_recorded_ones_are_answered() {
        add(delivery(1, org, webhook, T0), delivery(2, org, webhook, T0), delivery(3, org, secondWebhook, T0));
        List<ClaimedDelivery> batch = claim("w1", T0, 10);
        Lease succeeded = leaseOf(batch, 1);
        Lease unavailable = leaseOf(batch, 2);
        Lease lost = leaseOf(batch, 3);
        adapters.transactions().run(() -> deliveries.release(lost, T0));
        Lease taken = claim("w2", T0, 10).get(0).lease();
        Instant done = T0.plusSeconds(1);

        String awkward = "{\"a\": \"b\\\\c\", \"d\": [1, 2]}\nNULL ''";
        DeliveryOutcome answeredAwkwardly = DeliveryOutcome.answered(200, Duration.ofMillis(9), awkward.getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        Set<DeliveryId> recorded = adapters.transactions().inTransaction(() -> deliveries.recordAttempts(List.of(
                new AttemptResult(succeeded, new DeliveryAttempt(T0, answeredAwkwardly, false), Settlement.finished(DeliveryStatus.SUCCEEDED, done)),
                new AttemptResult(unavailable, new DeliveryAttempt(T0, UNAVAILABLE, false), Settlement.retryAt(done.plusSeconds(60))),
                new AttemptResult(lost, new DeliveryAttempt(T0, OK, false), Settlement.finished(DeliveryStatus.SUCCEEDED, done)))));

        assertThat(taken.delivery()).isEqualTo(lost.delivery());
        assertThat(recorded).containsExactlyInAnyOrder(succeeded.delivery(), unavailable.delivery());
        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.SUCCEEDED);
        assertThat(claim("w3", done.plusSeconds(58), 10)).as("the retry and w2's lease both run until then").isEmpty();
        assertThat(claim("w3", done.plusSeconds(60), 10)).extracting(ClaimedDelivery::lease)
                .contains(new Lease(unavailable.delivery(), "w3", 2));
        assertThat(adapters.transactions().inTransaction(() -> deliveries.recordAttempts(List.of()))).isEmpty();
        assertThat(log(org, webhook, 1, 10).items()).extracting(DeliveryAttemptView::statusCode, DeliveryAttemptView::responseExcerpt)
                .containsExactlyInAnyOrder(tuple(OptionalInt.of(200), awkward), tuple(OptionalInt.of(503), "busy \u00e9"));
        assertThat(log(org, secondWebhook, 1, 10).items()).isEmpty();
    }

    @Test
    void a_released_delivery_is_due_again_at_once_and_its_next_claim_reuses_the_attempt_number() {
        add(delivery(1, org, webhook, T0), delivery(2, org, webhook, T0));
        List<ClaimedDelivery> batch = claim("w1", T0, 10);
        Lease released = batch.get(1).lease();

        boolean gaveBack = adapters.transactions().inTransaction(() -> deliveries.release(released, T0.plusSeconds(40)));
        boolean twice = adapters.transactions().inTransaction(() -> deliveries.release(released, T0.plusSeconds(40)));

        assertThat(gaveBack).isTrue();
        assertThat(twice).isFalse();
        assertThat(record(released, T0, OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(40)))).isFalse();
        assertThat(claim("w2", T0.plusSeconds(39), 10)).isEmpty();
        List<ClaimedDelivery> again = claim("w2", T0.plusSeconds(40), 10);
        assertThat(again).extracting(ClaimedDelivery::lease).containsExactly(new Lease(released.delivery(), "w2", 1));
        assertThat(adapters.transactions().inTransaction(() -> deliveries.release(batch.get(0).lease(), T0.plusSeconds(40)))).isTrue();
        assertThat(log(org, webhook, 1, 10).items()).isEmpty();
    }

    @Test
    void a_recorded_success_finishes_the_delivery_and_logs_the_attempt() {
        add(delivery(1, org, webhook, T0));
        Lease lease = claim("w1", T0, 1).get(0).lease();

        assertThat(record(lease, T0.plusMillis(5), OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(1)))).isTrue();

        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.SUCCEEDED);
        assertThat(claim("w2", T0.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(record(lease, T0.plusMillis(5), OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(1)))).isFalse();
        DeliveryAttemptView logged = log(org, webhook, 1, 10).items().get(0);
        assertThat(logged).isEqualTo(new DeliveryAttemptView(new DeliveryId(uuid(1)), new DeliveryId(uuid(1)).messageId(),
                "ticket.created", 1, T0.plusMillis(5), OptionalInt.of(200), Optional.empty(), Duration.ofMillis(12), "thanks", false,
                DeliveryStatus.SUCCEEDED));
    }

    @Test
    void a_retry_waits_until_its_time_and_comes_back_as_the_next_attempt() {
        add(delivery(1, org, webhook, T0));
        Lease first = claim("w1", T0, 1).get(0).lease();
        Instant retryAt = T0.plusSeconds(600);

        assertThat(record(first, T0, UNAVAILABLE, Settlement.retryAt(retryAt))).isTrue();

        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.PENDING);
        assertThat(claim("w1", retryAt.minusMillis(1), 10)).isEmpty();
        assertThat(claim("w2", retryAt, 10)).extracting(ClaimedDelivery::lease).containsExactly(new Lease(first.delivery(), "w2", 2));
    }

    @Test
    void network_errors_and_excerpts_are_logged_as_they_came() {
        add(delivery(1, org, webhook, T0), delivery(2, org, webhook, T0));
        List<ClaimedDelivery> claimed = claim("w1", T0, 2);
        DeliveryOutcome refused = DeliveryOutcome.failed(DeliveryError.CONNECTION_REFUSED, Duration.ofMillis(3));
        DeliveryOutcome tooLarge = DeliveryOutcome.tooLarge(200, Duration.ofMillis(70), "x".repeat(5000).getBytes(StandardCharsets.UTF_8));

        record(claimed.get(0).lease(), T0.plusSeconds(1), refused, Settlement.retryAt(T0.plusSeconds(60)));
        record(claimed.get(1).lease(), T0.plusSeconds(2), tooLarge, Settlement.retryAt(T0.plusSeconds(60)));

        List<DeliveryAttemptView> items = log(org, webhook, 1, 10).items();
        assertThat(items).extracting(DeliveryAttemptView::startedAt).containsExactly(T0.plusSeconds(2), T0.plusSeconds(1));
        assertThat(items.get(0).statusCode()).hasValue(200);
        assertThat(items.get(0).error()).contains(DeliveryError.TOO_LARGE);
        assertThat(items.get(0).responseExcerpt()).hasSize(4096);
        assertThat(items.get(1).statusCode()).isEmpty();
        assertThat(items.get(1).error()).contains(DeliveryError.CONNECTION_REFUSED);
        assertThat(items.get(1).latency()).isEqualTo(Duration.ofMillis(3));
        assertThat(items.get(1).responseExcerpt()).isEmpty();
    }

    @Test
    void abandoning_a_webhook_stops_its_pending_deliveries_claimed_or_not_and_no_others() {
        add(delivery(1, org, webhook, T0), delivery(2, org, webhook, T0.plusSeconds(1)), delivery(3, org, secondWebhook, T0.plusSeconds(5)),
                delivery(4, otherOrg, otherOrgWebhook, T0.plusSeconds(5)), delivery(5, org, webhook, T0));
        List<ClaimedDelivery> claimed = claim("w1", T0, 1);
        Lease finished = claimed.get(0).lease();
        record(finished, T0, OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0));
        Lease inFlight = claim("w1", T0, 1).get(0).lease();

        int abandoned = adapters.transactions().inTransaction(() -> deliveries.abandonPending(org, webhook, T0.plusSeconds(2)));

        assertThat(abandoned).isEqualTo(2);
        assertThat(status(org, webhook, 2)).contains(DeliveryStatus.ABANDONED);
        assertThat(status(org, webhook, finished.delivery().value().equals(uuid(1)) ? 1 : 5)).contains(DeliveryStatus.SUCCEEDED);
        assertThat(status(org, secondWebhook, 3)).contains(DeliveryStatus.PENDING);
        assertThat(status(otherOrg, otherOrgWebhook, 4)).contains(DeliveryStatus.PENDING);
        assertThat(record(inFlight, T0, OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(3)))).isFalse();
        assertThat(claim("w2", T0.plus(Duration.ofDays(1)), 10)).extracting(c -> c.webhookId()).containsOnly(secondWebhook, otherOrgWebhook);
    }

    @Test
    void a_claimed_delivery_whose_webhook_is_off_is_abandoned_by_its_lease_holder() {
        add(delivery(1, org, webhook, T0));
        Lease lease = claim("w1", T0, 1).get(0).lease();

        assertThat(adapters.transactions().inTransaction(() -> deliveries.abandon(lease, T0.plusSeconds(1)))).isTrue();

        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.ABANDONED);
        assertThat(log(org, webhook, 1, 10).items()).isEmpty();
        assertThat(claim("w2", T0.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void a_ping_is_stored_finished_with_its_one_test_attempt() {
        NewDelivery ping = new NewDelivery(new DeliveryId(uuid(7)), org, webhook, new EventId(uuid(77)), "webhook.ping",
                "{}".getBytes(StandardCharsets.UTF_8), T0);

        adapters.transactions().run(() -> deliveries.addAttempted(ping, new DeliveryAttempt(T0, UNAVAILABLE, true), DeliveryStatus.FAILED));

        assertThat(status(org, webhook, 7)).contains(DeliveryStatus.FAILED);
        assertThat(claim("w1", T0.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(log(org, webhook, 1, 10).items()).singleElement().satisfies(attempt -> {
            assertThat(attempt.test()).isTrue();
            assertThat(attempt.eventType()).isEqualTo("webhook.ping");
            assertThat(attempt.attemptNumber()).isEqualTo(1);
            assertThat(attempt.statusCode()).hasValue(503);
            assertThat(attempt.responseExcerpt()).isEqualTo("busy \u00e9");
        });
    }

    @Test
    void a_finished_delivery_is_redelivered_with_the_same_bytes_and_message_continuing_the_attempt_numbers() {
        NewDelivery added = delivery(1, org, webhook, T0);
        add(added);
        Lease first = claim("w1", T0, 1).get(0).lease();
        record(first, T0, UNAVAILABLE, Settlement.finished(DeliveryStatus.FAILED, T0.plusSeconds(1)));

        boolean redelivered = adapters.transactions().inTransaction(() -> deliveries.redeliver(org, webhook, added.id(), T0.plusSeconds(100)));

        assertThat(redelivered).isTrue();
        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.PENDING);
        assertThat(claim("w2", T0.plusSeconds(99), 10)).isEmpty();
        ClaimedDelivery again = claim("w2", T0.plusSeconds(100), 10).get(0);
        assertThat(again.lease().attemptNumber()).isEqualTo(2);
        assertThat(again.body()).isEqualTo(added.body());
        assertThat(again.messageId()).isEqualTo(added.id().messageId());
    }

    @Test
    void only_a_finished_delivery_of_that_webhook_and_organization_can_be_redelivered() {
        add(delivery(1, org, webhook, T0), delivery(2, otherOrg, otherOrgWebhook, T0));
        DeliveryId pending = new DeliveryId(uuid(1));

        assertThat(adapters.transactions().inTransaction(() -> deliveries.redeliver(org, webhook, pending, T0))).isFalse();
        adapters.transactions().run(() -> deliveries.abandonPending(otherOrg, otherOrgWebhook, T0));
        assertThat(adapters.transactions().inTransaction(() -> deliveries.redeliver(org, otherOrgWebhook, new DeliveryId(uuid(2)), T0))).isFalse();
        assertThat(adapters.transactions().inTransaction(() -> deliveries.redeliver(org, webhook, new DeliveryId(uuid(2)), T0))).isFalse();
        assertThat(status(otherOrg, otherOrgWebhook, 2)).contains(DeliveryStatus.ABANDONED);
    }

    @Test
    void a_status_is_only_seen_through_its_own_organization_and_webhook() {
        add(delivery(1, org, webhook, T0));

        assertThat(status(org, webhook, 1)).contains(DeliveryStatus.PENDING);
        assertThat(status(org, secondWebhook, 1)).isEmpty();
        assertThat(status(otherOrg, webhook, 1)).isEmpty();
        assertThat(status(org, webhook, 2)).isEmpty();
    }

    @Test
    void the_log_pages_newest_first_and_shows_only_that_webhook_of_that_organization() {
        for (int n = 1; n <= 5; n++) {
            add(delivery(n, org, webhook, T0));
        }
        add(delivery(6, org, secondWebhook, T0), delivery(7, otherOrg, otherOrgWebhook, T0));
        for (int n = 1; n <= 7; n++) {
            ClaimedDelivery claimed = claim("w1", T0, 1).get(0);
            record(claimed.lease(), T0.plusSeconds(n), OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0.plusSeconds(n)));
        }

        Page<DeliveryAttemptView> first = log(org, webhook, 1, 2);
        Page<DeliveryAttemptView> last = log(org, webhook, 3, 2);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(DeliveryAttemptView::startedAt).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSize(2);
        assertThat(last.items()).hasSize(1);
        List<DeliveryAttemptView> all = log(org, webhook, 1, 10).items();
        assertThat(all).extracting(DeliveryAttemptView::deliveryId).doesNotContain(new DeliveryId(uuid(6)), new DeliveryId(uuid(7)));
        assertThat(log(otherOrg, webhook, 1, 10).total()).isZero();
        assertThat(log(org, otherOrgWebhook, 1, 10).total()).isZero();
        assertThat(log(otherOrg, otherOrgWebhook, 1, 10).total()).isEqualTo(1);
    }

    @Test
    void attempts_that_start_in_the_same_instant_list_the_later_recorded_first() {
        add(delivery(1, org, webhook, T0), delivery(2, org, webhook, T0));
        List<ClaimedDelivery> claimed = claim("w1", T0, 2);
        record(claimed.get(0).lease(), T0, OK, Settlement.finished(DeliveryStatus.SUCCEEDED, T0));
        record(claimed.get(1).lease(), T0, UNAVAILABLE, Settlement.finished(DeliveryStatus.FAILED, T0));

        assertThat(log(org, webhook, 1, 10).items()).extracting(DeliveryAttemptView::deliveryId)
                .containsExactly(claimed.get(1).lease().delivery(), claimed.get(0).lease().delivery());
    }
}
