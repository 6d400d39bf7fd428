package dev.parley.application.webhook;

import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.Lease;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.WebhookId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bounded in-memory queue between a server's dispatchers and its delivery workers. */
class DeliveryHandOffTest {
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final DeliveryHandOff handOff = new DeliveryHandOff("server/hand-off", 4, wakeUps::incrementAndGet);

    private static List<ClaimedDelivery> claimed(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(n -> new ClaimedDelivery(new Lease(new DeliveryId(uuid(n)), "server/hand-off", 1),
                Instant.EPOCH, new OrganizationId(1), new WebhookId(2), "ticket.created", new byte[] {(byte) n})).toList();
    }

    @Test
    void places_are_granted_up_to_the_capacity_less_what_waits_and_what_is_reserved() {
        assertThat(handOff.reserve(3)).isEqualTo(3);
        assertThat(handOff.reserve(3)).isEqualTo(1);
        handOff.handOver(3, claimed(1, 2));
        assertThat(handOff.reserve(5)).as("the unused reserved place is free again").isEqualTo(1);
        assertThat(handOff.take(1)).hasSize(1);
        assertThat(handOff.reserve(5)).isEqualTo(1);
        assertThat(handOff.reserve(5)).isZero();
    }

    @Test
    void deliveries_come_out_in_the_order_handed_over_and_each_hand_over_wakes_the_workers() {
        handOff.handOver(handOff.reserve(2), claimed(1, 2));
        handOff.handOver(handOff.reserve(2), claimed(3, 2));
        handOff.handOver(handOff.reserve(2), List.of());

        assertThat(handOff.take(3)).extracting(delivery -> delivery.lease().delivery()).containsExactly(
                new DeliveryId(uuid(1)), new DeliveryId(uuid(2)), new DeliveryId(uuid(3)));
        assertThat(handOff.drain()).extracting(delivery -> delivery.lease().delivery()).containsExactly(new DeliveryId(uuid(4)));
        assertThat(handOff.take(3)).isEmpty();
        assertThat(wakeUps).as("an empty hand-over wakes no one").hasValue(2);
    }

    @Test
    void more_deliveries_than_places_reserved_are_refused() {
        int places = handOff.reserve(1);

        assertThatThrownBy(() -> handOff.handOver(places, claimed(1, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waiting_for_room_reserves_it_once_a_worker_frees_it_or_what_is_free_after_the_longest_wait() throws Exception {
        handOff.handOver(handOff.reserve(4), claimed(1, 4));
        handOff.take(1);
        long started = System.nanoTime();
        assertThat(handOff.reserve(2, Duration.ofMillis(50))).as("the one free place, after waiting in vain").isOne();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        handOff.handOver(1, List.of());

        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> reserveWithin(2, Duration.ofMinutes(1)));
        Thread.sleep(50);
        assertThat(waiting).as("one free place is not enough").isNotDone();
        handOff.take(1);
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(handOff.reserve(4)).as("the places were reserved as the wait ended").isZero();
    }

    @Test
    void two_waiting_for_a_whole_batch_each_never_split_the_room_between_them() throws Exception {
        handOff.handOver(handOff.reserve(4), claimed(1, 4));
        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> reserveWithin(3, Duration.ofMinutes(1)), dispatchers);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> reserveWithin(3, Duration.ofMinutes(1)), dispatchers);
        dispatchers.shutdown();
        Thread.sleep(50);

        handOff.take(4);
        int granted = CompletableFuture.anyOf(first, second).thenApply(Integer.class::cast).get(10, TimeUnit.SECONDS);
        Thread.sleep(50);

        assertThat(granted).isEqualTo(3);
        assertThat(first.isDone() && second.isDone()).as("the place left over is no batch; the other still waits").isFalse();
        handOff.handOver(3, List.of());
        assertThat(first.get(10, TimeUnit.SECONDS) + second.get(10, TimeUnit.SECONDS)).isEqualTo(6);
    }

    private int reserveWithin(int wanted, Duration max) {
        try {
            return handOff.reserve(wanted, max);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_hand_off_without_capacity_grants_nothing_and_never_makes_anyone_wait() throws Exception {
        DeliveryHandOff none = DeliveryHandOff.none();

        assertThat(none.reserve(100)).isZero();
        assertThat(none.reserve(100, Duration.ofMinutes(1))).isZero();
        assertThat(none.take(10)).isEmpty();
    }
}
