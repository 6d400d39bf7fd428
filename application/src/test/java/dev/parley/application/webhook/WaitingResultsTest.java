package dev.parley.application.webhook;

import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.webhook.DeliveryWorker.Attempted;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.Lease;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The queue between delivery workers and the recorder thread. */
class WaitingResultsTest {
    private final WaitingResults waiting = new WaitingResults();

    private static Attempted attempted(int n) {
        Lease lease = new Lease(new DeliveryId(uuid(n)), "w", 1);
        ClaimedDelivery delivery = new ClaimedDelivery(lease, Instant.EPOCH, new OrganizationId(1), new WebhookId(2), "ticket.created",
                new byte[0]);
        return new Attempted(delivery, new AttemptResult(lease, new DeliveryAttempt(Instant.EPOCH,
                DeliveryOutcome.answered(204, Duration.ofMillis(1), new byte[0], Optional.empty()), false),
                Settlement.finished(DeliveryStatus.SUCCEEDED, Instant.EPOCH)), false, false);
    }

    @Test
    void results_come_out_oldest_first_and_again_until_confirmed_recorded() throws Exception {
        waiting.add(attempted(1));
        waiting.add(attempted(2));
        waiting.add(attempted(3));

        assertThat(waiting.next(2, Duration.ZERO)).extracting(Attempted::delivery).extracting(d -> d.lease().delivery())
                .containsExactly(new DeliveryId(uuid(1)), new DeliveryId(uuid(2)));
        assertThat(waiting.next(2, Duration.ZERO)).as("not confirmed: the same again").hasSize(2)
                .first().extracting(a -> a.delivery().lease().delivery()).isEqualTo(new DeliveryId(uuid(1)));
        waiting.recorded();
        assertThat(waiting.next(5, Duration.ZERO)).extracting(a -> a.delivery().lease().delivery()).containsExactly(new DeliveryId(uuid(3)));
        waiting.recorded();
        assertThat(waiting.isEmpty()).isTrue();
        assertThat(waiting.next(5, Duration.ofMillis(20))).isEmpty();
    }

    @Test
    void a_worker_waiting_for_its_result_goes_on_once_it_and_all_before_it_are_recorded() throws Exception {
        waiting.add(attempted(1));
        long ticket = waiting.add(attempted(2));
        assertThat(waiting.awaitRecorded(ticket, Duration.ofMillis(20))).isFalse();

        CompletableFuture<Boolean> worker = CompletableFuture.supplyAsync(() -> {
            try {
                return waiting.awaitRecorded(ticket, Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.next(1, Duration.ZERO);
        waiting.recorded();
        assertThat(worker).as("only the first is recorded").isNotDone();
        waiting.next(1, Duration.ZERO);
        waiting.recorded();

        assertThat(worker.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
