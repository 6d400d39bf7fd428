package dev.parley.adapter.persistence;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LivechatSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.livechat.PollService;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollState;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two servers opening different polls of one room at once: both pass the service's check, the index stops one. */
class OneOpenPollUnderConcurrencyTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final long BLOCKED_FOR_MILLIS = 300;

    private Adapters adapters;
    private PollService service;
    private OrganizationId org;
    private RoomId room;

    @BeforeEach
    void seed() {
        adapters = DATABASE.emptyAdapters();
        org = new Seed(adapters).organization(1, "acme");
        room = new RoomId(uuid(901));
        adapters.rooms().save(LivechatSeed.room(org, room.value(), T0));
        adapters.polls().save(LivechatSeed.poll(org, room, uuid(1), Optional.empty(), T0));
        adapters.polls().save(LivechatSeed.poll(org, room, uuid(2), Optional.empty(), T0));
        service = new PollService(adapters.rooms(), adapters.polls(), adapters.votes(), adapters.transactions(),
                adapters.outbox(), new SequentialIdGenerator(), new MutableClock(T0));
    }

    @Test
    void the_second_of_two_concurrent_openings_waits_for_the_first_and_is_a_conflict() throws Exception {
        CompletableFuture<Void> second = adapters.transactions().inTransaction(() -> {
            service.open(org, room, new PollId(uuid(1)));
            CompletableFuture<Void> concurrent = CompletableFuture.runAsync(() -> service.open(org, room, new PollId(uuid(2))));
            assertThat(waitsAtLeast(concurrent)).isTrue();
            return concurrent;
        });

        assertThat(failureOf(second)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("poll.another_open"));
        assertThat(adapters.polls().find(org, room, new PollId(uuid(1))).orElseThrow().state()).isEqualTo(PollState.OPEN);
        assertThat(adapters.polls().find(org, room, new PollId(uuid(2))).orElseThrow().state()).isEqualTo(PollState.CREATED);
        assertThat(adapters.recordedEvents()).extracting(e -> e.type()).containsExactly("poll.opened");
    }

    private static Throwable failureOf(CompletableFuture<Void> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static boolean waitsAtLeast(CompletableFuture<?> future) {
        try {
            Thread.sleep(BLOCKED_FOR_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !future.isDone();
    }
}
