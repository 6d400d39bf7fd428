package dev.parley.application.webhook;

import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.FixedJitter;
import dev.parley.application.fake.LabellingEventPresentation;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.ReversibleSecretCipher;
import dev.parley.application.fake.ScriptedWebhookTransport;
import dev.parley.application.fake.ScriptedWebhookTransport.SentRequest;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.fake.SequentialSecretGenerator;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.in.PingView;
import dev.parley.application.webhook.port.in.WebhookDraft;
import dev.parley.application.webhook.port.in.WebhookWithSecret;
import dev.parley.application.webhook.port.out.WebhookTransport;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.DeactivationReason;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.RetryAfter;
import dev.parley.domain.webhook.RetrySchedule;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outbox events to signed requests: the dispatcher, the worker and the deliveries log over the in-memory fakes. */
class WebhookDeliveryTest {
    private static final Duration LEASE = DeliveryWorker.LEASE;

    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final ReversibleSecretCipher cipher = new ReversibleSecretCipher();
    private final SigningSecrets signing = new SigningSecrets(cipher);
    private final SequentialIdGenerator ids = new SequentialIdGenerator(1000);
    private final ScriptedWebhookTransport transport = new ScriptedWebhookTransport();
    private final FixedJitter jitter = new FixedJitter();
    private final WebhookService webhooks = new WebhookService(adapters.webhooks(), adapters.transactions(), cipher,
            new SequentialSecretGenerator(), ids, OutboundAddressPolicy.publicOnly(), clock);
    private final LabellingEventPresentation presentation = new LabellingEventPresentation();
    private final WebhookDispatcher dispatcher = dispatcher(DeliveryHandOff.none());
    private final DeliveryWorker worker = worker(transport);
    private final List<String> wakeUps = new ArrayList<>();
    private final DeliveryHandOff handOff = new DeliveryHandOff("server-1/hand-off", 3, () -> wakeUps.add("wake"));
    private final WebhookDispatcher handingDispatcher = dispatcher(handOff);
    private final DeliveryWorker handedWorker = worker(transport, handOff);
    private final WebhookDeliveriesService log = new WebhookDeliveriesService(adapters.deliveries(), adapters.webhooks(), signing,
            transport, adapters.transactions(), ids, clock);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private int tickets;

    private WebhookDispatcher dispatcher(DeliveryHandOff to) {
        return new WebhookDispatcher(adapters.outboxReader(), adapters.webhooks(), adapters.deliveries(), presentation,
                adapters.transactions(), ids, clock, to);
    }

    private DeliveryWorker worker(WebhookTransport through) {
        return worker(through, DeliveryHandOff.none());
    }

    private DeliveryWorker worker(WebhookTransport through, DeliveryHandOff from) {
        return new DeliveryWorker(adapters.deliveries(), adapters.webhooks(), signing, through, adapters.transactions(),
                RetrySchedule.DEFAULT, jitter, clock, from, adapters.deliveries());
    }

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
    }

    private WebhookWithSecret webhook(OrganizationId owner, String path, List<String> events) {
        return webhooks.create(owner, new WebhookDraft(Optional.of("https://hooks.example.com/" + path), Optional.of(events),
                Optional.empty(), Optional.empty()));
    }

    private List<DomainEvent> ticketOpened(OrganizationId owner) {
        Ticket ticket = Seed.ticket(owner, uuid(++tickets), Channel.EMAIL, List.of("vip"), clock.instant());
        List<DomainEvent> events = ticket.pullEvents();
        adapters.transactions().run(() -> adapters.outbox().append(events));
        return events;
    }

    /** Opens {@code count} tickets in {@code org} and fans their events out. */
    private void dispatchTicketsOpened(int count) {
        for (int i = 0; i < count; i++) {
            ticketOpened(org);
        }
        dispatcher.dispatch();
    }

    private record GoneAndFine(WebhookWithSecret gone, WebhookWithSecret fine) {
    }

    /** Two tickets fanned out to two webhooks, the first of whose receivers answers 410 to the first attempt. */
    private GoneAndFine twoDeliveriesEachToAGoneAndAFineWebhook() {
        WebhookWithSecret gone = webhook(org, "gone", List.of("ticket.created"));
        WebhookWithSecret fine = webhook(org, "fine", List.of("ticket.created"));
        ticketOpened(org);
        ticketOpened(org);
        dispatcher.dispatch();
        transport.thenAnswer(status(410));
        return new GoneAndFine(gone, fine);
    }

    private int deliverAllDue() {
        int attempts = 0;
        for (int claimed; (claimed = worker.deliverDue("worker-1")) > 0; ) {
            attempts += claimed;
        }
        return attempts;
    }

    private List<DeliveryAttemptView> attempts(WebhookWithSecret hook) {
        return adapters.deliveries().allAttempts().stream()
                .filter(attempt -> adapters.deliveries().status(org, hook.webhook().id(), attempt.deliveryId()).isPresent())
                .toList();
    }


    private static DeliveryOutcome status(int code) {
        return DeliveryOutcome.answered(code, Duration.ofMillis(25), ("answer " + code).getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    private static void assertSignedFor(SentRequest request, List<WebhookSecret> secrets, Instant at) {
        String messageId = request.headers().get("webhook-id");
        long timestamp = Long.parseLong(request.headers().get("webhook-timestamp"));
        assertThat(timestamp).isEqualTo(at.getEpochSecond());
        assertThat(request.headers()).containsEntry("Content-Type", "application/json");
        assertThat(WebhookSigner.verifyXSignature256(request.headers().get("X-Signature-256"), secrets.get(0), request.body())).isTrue();
        for (WebhookSecret secret : secrets) {
            assertThat(WebhookSigner.verify(request.headers().get("webhook-signature"), secret, messageId, timestamp, request.body())).isTrue();
        }
    }

    @Test
    void an_event_reaches_once_every_active_webhook_of_its_organization_that_takes_its_type_signed() {
        WebhookWithSecret tickets = webhook(org, "tickets", List.of("ticket.created"));
        WebhookWithSecret everything = webhook(org, "all", List.of("*"));
        WebhookWithSecret rooms = webhook(org, "rooms", List.of("room.created"));
        WebhookWithSecret off = webhooks.create(org, new WebhookDraft(Optional.of("https://hooks.example.com/off"),
                Optional.of(List.of("*")), Optional.empty(), Optional.of(false)));
        WebhookWithSecret theirs = webhook(otherOrg, "theirs", List.of("*"));
        List<DomainEvent> events = ticketOpened(org);

        assertThat(dispatcher.dispatch()).isEqualTo(2);
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(deliverAllDue()).isEqualTo(3);

        List<SentRequest> sent = transport.sent();
        assertThat(sent).extracting(SentRequest::url).containsExactlyInAnyOrder(URI.create("https://hooks.example.com/tickets"),
                URI.create("https://hooks.example.com/all"), URI.create("https://hooks.example.com/all"));
        for (SentRequest request : sent) {
            WebhookSecret secret = request.url().getPath().equals("/tickets") ? tickets.secret() : everything.secret();
            assertSignedFor(request, List.of(secret), clock.instant());
            assertThat(request.headers().get("webhook-id")).matches("msg_[0-9a-f]{32}");
        }
        assertThat(sent).extracting(request -> request.headers().get("webhook-id")).doesNotHaveDuplicates();
        SentRequest toTickets = sent.stream().filter(request -> request.url().getPath().equals("/tickets")).findFirst().orElseThrow();
        assertThat(new String(toTickets.body(), StandardCharsets.UTF_8))
                .startsWith("{\"id\":\"").contains("\"type\":\"ticket.created\"", "\"created_at\":\"2024-03-15T14:23:00.123456Z\"",
                        "\"organization_id\":1,\"data\":{\"presented\":\"ticket.created\",\"organization\":1,\"stored\":{")
                .endsWith("}}}");
        assertThat(presentation.presented()).as("presented once per event, not once per webhook")
                .containsExactly("ticket.created", "ticket.message.created");
        assertThat(events).hasSize(2);
        assertThat(rooms.webhook().id()).isNotEqualTo(off.webhook().id()).isNotEqualTo(theirs.webhook().id());
        assertThat(attempts(tickets)).extracting(DeliveryAttemptView::deliveryStatus).containsExactly(DeliveryStatus.SUCCEEDED);
    }

    @Test
    void events_without_subscribers_are_published_and_never_handed_out_again() {
        webhook(otherOrg, "theirs", List.of("*"));
        ticketOpened(org);

        assertThat(dispatcher.dispatch()).isEqualTo(2);

        assertThat(adapters.outboxReader().takeUnpublished(10, clock.instant())).isEmpty();
        assertThat(deliverAllDue()).isZero();
        assertThat(transport.sent()).isEmpty();
    }

    @Test
    void failures_are_retried_on_the_schedule_within_the_jitter_bounds_with_the_same_message_and_bytes() {
        WebhookWithSecret hook = webhook(org, "flaky", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        transport.thenAnswer(status(500)).thenAnswer(status(502)).thenAnswer(DeliveryOutcome.failed(DeliveryError.TIMEOUT, Duration.ofSeconds(20)));
        Instant start = clock.instant();

        jitter.set(0.0);
        assertThat(deliverAllDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(48).minusNanos(1000));
        assertThat(deliverAllDue()).as("not before 80 % of 1 min").isZero();
        clock.advance(Duration.ofNanos(1000));
        jitter.set(1.0);
        assertThat(deliverAllDue()).isEqualTo(1);
        Instant second = clock.instant();
        clock.advance(Duration.ofMinutes(12).minusNanos(1000));
        assertThat(deliverAllDue()).as("not before 120 % of 10 min").isZero();
        clock.advance(Duration.ofNanos(1000));
        jitter.set(0.5);
        assertThat(deliverAllDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(60).minusNanos(1000));
        assertThat(deliverAllDue()).isZero();
        clock.advance(Duration.ofNanos(1000));
        assertThat(deliverAllDue()).isEqualTo(1);

        List<SentRequest> sent = transport.sent();
        assertThat(sent).hasSize(4);
        assertThat(sent).extracting(request -> request.headers().get("webhook-id")).containsOnly(sent.get(0).headers().get("webhook-id"));
        assertThat(sent).allSatisfy(request -> assertThat(request.body()).isEqualTo(sent.get(0).body()));
        assertThat(sent).extracting(request -> request.headers().get("webhook-timestamp")).doesNotHaveDuplicates();
        assertSignedFor(sent.get(1), List.of(hook.secret()), second);
        assertThat(sent.get(0).headers().get("webhook-timestamp")).isEqualTo(Long.toString(start.getEpochSecond()));
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::attemptNumber).containsExactly(1, 2, 3, 4);
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::deliveryStatus).containsOnly(DeliveryStatus.SUCCEEDED);
    }

    @Test
    void after_the_last_attempt_fails_the_delivery_is_failed_and_left_alone() {
        WebhookWithSecret hook = webhook(org, "down", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        for (int i = 0; i < 5; i++) {
            transport.thenAnswer(status(500));
        }

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(deliverAllDue()).isEqualTo(1);
            clock.advance(Duration.ofHours(2));
        }
        clock.advance(Duration.ofDays(2));

        assertThat(deliverAllDue()).isZero();
        assertThat(transport.sent()).hasSize(4);
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::statusCode).allSatisfy(code -> assertThat(code).hasValue(500));
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::deliveryStatus).containsOnly(DeliveryStatus.FAILED);
    }

    @Test
    void a_410_switches_the_webhook_off_and_abandons_its_other_pending_deliveries_only() {
        GoneAndFine hooks = twoDeliveriesEachToAGoneAndAFineWebhook();
        WebhookWithSecret gone = hooks.gone();
        WebhookWithSecret fine = hooks.fine();

        int claimed = worker.deliverDue("worker-1");

        Webhook switchedOff = adapters.webhooks().find(org, gone.webhook().id()).orElseThrow();
        assertThat(switchedOff.active()).isFalse();
        assertThat(switchedOff.deactivatedReason()).contains(DeactivationReason.GONE);
        assertThat(transport.sent()).filteredOn(request -> request.url().getPath().equals("/gone")).hasSize(1);
        assertThat(transport.sent()).filteredOn(request -> request.url().getPath().equals("/fine")).hasSize(2);
        assertThat(claimed).isEqualTo(4);
        assertThat(attempts(gone)).singleElement().satisfies(attempt -> {
            assertThat(attempt.statusCode()).hasValue(410);
            assertThat(attempt.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
        });
        assertThat(adapters.webhooks().find(org, fine.webhook().id()).orElseThrow().active()).isTrue();
        ticketOpened(org);
        dispatcher.dispatch();
        assertThat(deliverAllDue()).isEqualTo(1);
    }

    @Test
    void a_410_abandons_the_webhooks_other_deliveries_even_those_already_due() {
        WebhookWithSecret gone = webhook(org, "gone", List.of("*"));
        ticketOpened(org);
        dispatcher.dispatch();
        transport.thenAnswer(status(410));

        assertThat(worker.deliverDue("worker-1")).isEqualTo(2);

        assertThat(transport.sent()).hasSize(1);
        assertThat(deliverAllDue()).isZero();
        assertThat(adapters.deliveries().statusesOf(gone.webhook().id())).containsExactly(DeliveryStatus.FAILED, DeliveryStatus.ABANDONED);
    }

    @Test
    void a_redirect_is_a_failure_that_is_retried_never_followed() {
        WebhookWithSecret hook = webhook(org, "moved", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        transport.thenAnswer(status(301));

        deliverAllDue();

        assertThat(transport.sent()).hasSize(1);
        assertThat(attempts(hook)).singleElement().satisfies(attempt -> {
            assertThat(attempt.statusCode()).hasValue(301);
            assertThat(attempt.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        });
        clock.advance(Duration.ofSeconds(72));
        assertThat(deliverAllDue()).isEqualTo(1);
        assertThat(transport.sent()).extracting(SentRequest::url).containsOnly(URI.create("https://hooks.example.com/moved"));
    }

    @Test
    void a_429_with_retry_after_waits_as_long_as_asked_up_to_an_hour() {
        webhook(org, "busy", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        transport.thenAnswer(DeliveryOutcome.answered(429, Duration.ofMillis(5), new byte[0], RetryAfter.parse("300")))
                .thenAnswer(DeliveryOutcome.answered(503, Duration.ofMillis(5), new byte[0], RetryAfter.parse("86400")));
        jitter.set(1.0);

        deliverAllDue();
        clock.advance(Duration.ofSeconds(300).minusNanos(1000));
        assertThat(deliverAllDue()).as("the schedule says 72 s, the receiver 300 s").isZero();
        clock.advance(Duration.ofNanos(1000));
        assertThat(deliverAllDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1).minusNanos(1000));
        assertThat(deliverAllDue()).as("a day is capped at an hour").isZero();
        clock.advance(Duration.ofNanos(1000));
        assertThat(deliverAllDue()).isEqualTo(1);
    }

    @Test
    void a_delivery_whose_webhook_was_switched_off_or_deleted_meanwhile_is_abandoned_unsent() {
        WebhookWithSecret off = webhook(org, "off", List.of("ticket.created"));
        WebhookWithSecret deleted = webhook(org, "deleted", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        webhooks.update(org, off.webhook().id(), new WebhookDraft(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false)));
        webhooks.delete(org, deleted.webhook().id());

        assertThat(deliverAllDue()).isEqualTo(2);

        assertThat(transport.sent()).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(deliverAllDue()).isZero();
    }

    @Test
    void during_the_day_after_a_rotation_both_secrets_sign_and_x_signature_uses_the_new_one() {
        WebhookWithSecret created = webhook(org, "rotated", List.of("ticket.created"));
        WebhookWithSecret rotated = webhooks.rotateSecret(org, created.webhook().id());
        ticketOpened(org);
        dispatcher.dispatch();

        deliverAllDue();

        SentRequest request = transport.sent().get(0);
        assertThat(request.headers().get("webhook-signature").split(" ")).hasSize(2);
        assertSignedFor(request, List.of(rotated.secret(), created.secret()), clock.instant());
        assertThat(WebhookSigner.verifyXSignature256(request.headers().get("X-Signature-256"), created.secret(), request.body())).isFalse();
    }

    @Test
    void a_worker_that_lost_its_lease_cannot_overwrite_the_attempt_that_replaced_it() {
        WebhookWithSecret hook = webhook(org, "slow", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        DeliveryWorker overtaking = worker(transport);
        WebhookTransport stalling = (url, headers, body) -> {
            clock.advance(LEASE.plusSeconds(1));
            assertThat(overtaking.deliverDue("worker-2")).isEqualTo(1);
            return status(500);
        };

        assertThat(worker(stalling).deliverDue("worker-1")).isEqualTo(1);

        assertThat(attempts(hook)).singleElement().satisfies(attempt -> {
            assertThat(attempt.attemptNumber()).isEqualTo(2);
            assertThat(attempt.statusCode()).hasValue(204);
            assertThat(attempt.deliveryStatus()).isEqualTo(DeliveryStatus.SUCCEEDED);
        });
        clock.advance(Duration.ofDays(1));
        assertThat(deliverAllDue()).isZero();
    }

    @Test
    void a_batch_starts_attempts_only_while_its_lease_has_room_for_a_whole_one_and_gives_the_rest_back_unattempted() {
        WebhookWithSecret hook = webhook(org, "steady", List.of("ticket.created"));
        dispatchTicketsOpened(10);
        WebhookTransport steady = (url, headers, body) -> {
            clock.advance(Duration.ofSeconds(4));
            return transport.post(url, headers, body);
        };

        assertThat(worker(steady).deliverDue("worker-1")).isEqualTo(10);

        assertThat(transport.sent()).as("starts at 0, 4, ... 32 s fit before 60 - 25 s; the one at 36 s does not").hasSize(9);
        assertThat(adapters.deliveries().statusesOf(hook.webhook().id())).filteredOn(status -> status == DeliveryStatus.PENDING).hasSize(1);
        assertThat(deliverAllDue()).isEqualTo(1);
        assertThat(transport.sent()).extracting(request -> request.headers().get("webhook-id")).doesNotHaveDuplicates().hasSize(10);
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::attemptNumber).containsOnly(1).hasSize(10);
    }

    @Test
    void claims_grow_during_a_backlog_and_shrink_again_when_less_is_due() {
        webhook(org, "backlog", List.of("ticket.created"));
        for (int dispatch = 0; dispatch < 4; dispatch++) {
            dispatchTicketsOpened(50);
        }

        List<Integer> claims = new ArrayList<>();
        for (int claimed; (claimed = worker.deliverDue("worker-1")) > 0; ) {
            claims.add(claimed);
        }
        dispatchTicketsOpened(40);
        claims.add(worker.deliverDue("worker-1"));
        claims.add(worker.deliverDue("worker-1"));

        assertThat(claims).as("each claim asks for twice what the last got, from 16 up to 64").containsExactly(16, 32, 64, 64, 24, 16, 24);
        assertThat(transport.sent()).extracting(request -> request.headers().get("webhook-id")).doesNotHaveDuplicates().hasSize(240);
    }

    @Test
    void a_batch_records_its_results_together_once_its_last_attempt_is_made() {
        WebhookWithSecret hook = webhook(org, "batched", List.of("ticket.created"));
        dispatchTicketsOpened(3);
        List<List<DeliveryStatus>> seenWhilePosting = new ArrayList<>();
        WebhookTransport watching = (url, headers, body) -> {
            seenWhilePosting.add(adapters.deliveries().statusesOf(hook.webhook().id()));
            return transport.post(url, headers, body);
        };

        assertThat(worker(watching).deliverDue("worker-1")).isEqualTo(3);

        assertThat(seenWhilePosting).allSatisfy(statuses -> assertThat(statuses).containsOnly(DeliveryStatus.PENDING));
        assertThat(adapters.deliveries().statusesOf(hook.webhook().id())).containsOnly(DeliveryStatus.SUCCEEDED).hasSize(3);
        assertThat(attempts(hook)).hasSize(3);
    }

    @Test
    void a_slow_answer_records_what_the_batch_did_and_gives_the_rest_back_for_any_worker_at_once() {
        WebhookWithSecret slowHook = webhook(org, "slow", List.of("ticket.created"));
        dispatchTicketsOpened(4);
        WebhookTransport secondIsSlow = (url, headers, body) -> {
            if (transport.sent().size() == 1) {
                clock.advance(DeliveryWorker.SLOW_ATTEMPT);
            }
            return transport.post(url, headers, body);
        };

        assertThat(worker(secondIsSlow).deliverDue("worker-1")).isEqualTo(4);

        assertThat(transport.sent()).hasSize(2);
        assertThat(adapters.deliveries().statusesOf(slowHook.webhook().id()))
                .containsExactlyInAnyOrder(DeliveryStatus.SUCCEEDED, DeliveryStatus.SUCCEEDED, DeliveryStatus.PENDING, DeliveryStatus.PENDING);
        assertThat(worker.deliverDue("worker-2")).as("given back due at once, not leased").isEqualTo(2);
        assertThat(transport.sent()).extracting(request -> request.headers().get("webhook-id")).doesNotHaveDuplicates().hasSize(4);
        assertThat(attempts(slowHook)).extracting(DeliveryAttemptView::attemptNumber).containsOnly(1).hasSize(4);
    }

    @Test
    void a_worker_told_to_stop_gives_back_the_deliveries_it_has_not_started() {
        WebhookWithSecret hook = webhook(org, "stopping", List.of("ticket.created"));
        dispatchTicketsOpened(3);

        assertThat(worker.deliverDue("worker-1", () -> transport.sent().isEmpty())).isEqualTo(3);

        assertThat(transport.sent()).hasSize(1);
        assertThat(adapters.deliveries().statusesOf(hook.webhook().id()))
                .containsExactlyInAnyOrder(DeliveryStatus.SUCCEEDED, DeliveryStatus.PENDING, DeliveryStatus.PENDING);
        assertThat(deliverAllDue()).isEqualTo(2);
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::attemptNumber).containsExactly(1, 1, 1);
    }

    @Test
    void fresh_deliveries_the_hand_off_has_room_for_are_stored_claimed_and_attempted_without_a_claim() {
        WebhookWithSecret hook = webhook(org, "all", List.of("*"));
        ticketOpened(org);
        ticketOpened(org);

        assertThat(handingDispatcher.dispatch()).as("only as many events as there is room for").isEqualTo(3);
        assertThat(handingDispatcher.dispatch()).as("no room left: the rest is stored unclaimed").isEqualTo(1);

        assertThat(wakeUps).as("one wake-up per hand-over").hasSize(1);
        assertThat(adapters.transactions().inTransaction(() -> adapters.deliveries().claimDue("elsewhere", clock.instant(), LEASE, 10)))
                .as("the handed-off ones are claimed already").hasSize(1);
        assertThat(handedWorker.deliverDue("worker-1")).isEqualTo(3);
        assertThat(transport.sent()).hasSize(3);
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::attemptNumber).containsOnly(1).hasSize(3);
        assertThat(adapters.deliveries().statusesOf(hook.webhook().id())).containsOnly(DeliveryStatus.SUCCEEDED, DeliveryStatus.PENDING)
                .filteredOn(status -> status == DeliveryStatus.SUCCEEDED).hasSize(3);
    }

    @Test
    void a_worker_busy_with_handed_off_deliveries_still_claims_due_ones_once_a_second() {
        webhook(org, "tickets", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        ticketOpened(org);
        handingDispatcher.dispatch();
        assertThat(handedWorker.deliverDue("worker-1")).as("its first batch is a claim").isEqualTo(1);
        ticketOpened(org);
        dispatcher.dispatch();
        ticketOpened(org);
        handingDispatcher.dispatch();

        clock.advance(DeliveryWorker.CLAIM_AT_LEAST_EVERY.minusMillis(1));
        assertThat(handedWorker.deliverDue("worker-1")).as("both handed-off ones, the due one waits").isEqualTo(2);
        ticketOpened(org);
        handingDispatcher.dispatch();
        clock.advance(Duration.ofMillis(1));
        assertThat(handedWorker.deliverDue("worker-1")).as("a second after its last claim it claims, though one waits handed off").isEqualTo(1);
        assertThat(handedWorker.deliverDue("worker-1")).isEqualTo(1);

        assertThat(transport.sent()).extracting(request -> new String(request.body(), StandardCharsets.UTF_8))
                .as("the claimed one, the two handed off, the one claimed a second later, then the last handed off").satisfiesExactly(
                        body -> assertThat(body).contains(uuid(1).toString()), body -> assertThat(body).contains(uuid(2).toString()),
                        body -> assertThat(body).contains(uuid(4).toString()), body -> assertThat(body).contains(uuid(3).toString()),
                        body -> assertThat(body).contains(uuid(5).toString()));
    }

    @Test
    void a_worker_with_nothing_handed_off_claims_again_only_once_deliveries_were_announced_or_a_second_passed() {
        webhook(org, "quiet", List.of("ticket.created"));
        assertThat(handedWorker.deliverDue("worker-1")).as("its first batch is a claim, which finds nothing").isZero();
        ticketOpened(org);
        handingDispatcher.dispatch();
        assertThat(handedWorker.giveBackHandedOff()).as("due again, but not announced").isEqualTo(1);

        assertThat(handedWorker.deliverDue("worker-1")).as("an empty hand-off alone is no reason to claim").isZero();
        clock.advance(DeliveryWorker.CLAIM_AT_LEAST_EVERY);
        assertThat(handedWorker.deliverDue("worker-1")).as("a second after its last claim").isEqualTo(1);
        assertThat(handedWorker.deliverDue("worker-1")).as("a claim that found work is repeated").isZero();

        ticketOpened(org);
        dispatcher.dispatch();
        assertThat(handedWorker.deliverDue("worker-1")).as("stored unclaimed, so announced").isEqualTo(1);
        assertThat(transport.sent()).hasSize(2);
    }

    @Test
    void a_handed_off_delivery_without_room_left_in_its_lease_is_given_back_due_at_once() {
        webhook(org, "late", List.of("ticket.created"));
        ticketOpened(org);
        handingDispatcher.dispatch();
        clock.advance(LEASE.minus(DeliveryWorker.LONGEST_ATTEMPT).plusMillis(1));

        assertThat(handedWorker.deliverDue("worker-1")).isEqualTo(1);

        assertThat(transport.sent()).isEmpty();
        assertThat(adapters.transactions().inTransaction(() -> adapters.deliveries().claimDue("worker-2", clock.instant(), LEASE, 10)))
                .extracting(claimed -> claimed.lease().attemptNumber()).containsExactly(1);
    }

    @Test
    void handed_off_deliveries_still_waiting_when_the_server_stops_are_given_back_due_at_once() {
        webhook(org, "stopping", List.of("ticket.created"));
        ticketOpened(org);
        ticketOpened(org);
        handingDispatcher.dispatch();

        assertThat(handedWorker.giveBackHandedOff()).isEqualTo(2);

        assertThat(handOff.take(10)).isEmpty();
        assertThat(deliverAllDue()).isEqualTo(2);
        assertThat(adapters.deliveries().allAttempts()).extracting(DeliveryAttemptView::attemptNumber).containsExactly(1, 1);
    }

    @Test
    void recording_in_the_background_a_worker_goes_on_posting_and_the_recorder_writes_all_results_together() throws Exception {
        WebhookWithSecret hook = webhook(org, "background", List.of("ticket.created"));
        worker.recordInBackground();
        dispatchTicketsOpened(3);

        assertThat(worker.deliverDue("worker-1")).isEqualTo(3);

        assertThat(transport.sent()).hasSize(3);
        assertThat(adapters.deliveries().statusesOf(hook.webhook().id())).containsOnly(DeliveryStatus.PENDING);
        assertThat(worker.nothingToRecord()).isFalse();
        assertThat(worker.recordWaiting(Duration.ZERO)).isEqualTo(3);
        assertThat(worker.nothingToRecord()).isTrue();
        assertThat(adapters.deliveries().statusesOf(hook.webhook().id())).containsOnly(DeliveryStatus.SUCCEEDED).hasSize(3);
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::attemptNumber).containsOnly(1).hasSize(3);
        assertThat(worker.recordWaiting(Duration.ofMillis(10))).isZero();
    }

    @Test
    void recording_in_the_background_a_410_is_recorded_and_its_webhook_switched_off_before_the_worker_goes_on() throws Exception {
        GoneAndFine hooks = twoDeliveriesEachToAGoneAndAFineWebhook();
        WebhookWithSecret gone = hooks.gone();
        WebhookWithSecret fine = hooks.fine();
        worker.recordInBackground();
        Thread recorder = Thread.ofPlatform().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    worker.recordWaiting(Duration.ofMillis(20));
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(worker.deliverDue("worker-1")).isEqualTo(4);
        } finally {
            recorder.interrupt();
            recorder.join();
        }
        worker.recordWaiting(Duration.ZERO);

        assertThat(adapters.webhooks().find(org, gone.webhook().id()).orElseThrow().active()).isFalse();
        assertThat(transport.sent()).filteredOn(request -> request.url().getPath().equals("/gone")).hasSize(1);
        assertThat(transport.sent()).filteredOn(request -> request.url().getPath().equals("/fine")).hasSize(2);
        assertThat(adapters.deliveries().statusesOf(fine.webhook().id())).containsOnly(DeliveryStatus.SUCCEEDED).hasSize(2);
    }

    @Test
    void a_ping_is_signed_like_an_event_answered_without_the_body_and_logged_as_a_test() {
        WebhookWithSecret hook = webhook(org, "ping", List.of("ticket.created"));
        transport.thenAnswer(DeliveryOutcome.answered(418, Duration.ofMillis(33), "secret teapot".getBytes(StandardCharsets.UTF_8), Optional.empty()));

        PingView ping = log.ping(org, hook.webhook().id());

        assertThat(ping.succeeded()).isFalse();
        assertThat(ping.statusCode()).hasValue(418);
        assertThat(ping.error()).isEmpty();
        assertThat(ping.latency()).isEqualTo(Duration.ofMillis(33));
        SentRequest request = transport.sent().get(0);
        assertSignedFor(request, List.of(hook.secret()), clock.instant());
        assertThat(request.headers().get("webhook-id")).isEqualTo(ping.messageId());
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains("\"type\":\"webhook.ping\"",
                "\"data\":{\"webhook_id\":" + hook.webhook().id().value() + "}");
        DeliveryAttemptView logged = log.deliveries(org, hook.webhook().id(), new PageRequest(1, 10)).items().get(0);
        assertThat(logged.test()).isTrue();
        assertThat(logged.eventType()).isEqualTo("webhook.ping");
        assertThat(logged.responseExcerpt()).isEqualTo("secret teapot");
        assertThat(deliverAllDue()).isZero();
    }

    @Test
    void a_webhook_of_another_organization_is_not_found_for_the_log_pings_or_redelivery() {
        WebhookWithSecret theirs = webhook(otherOrg, "theirs", List.of("*"));
        WebhookId id = theirs.webhook().id();

        assertThatThrownBy(() -> log.deliveries(org, id, new PageRequest(1, 10))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> log.ping(org, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> log.redeliver(org, id, new DeliveryId(uuid(1)))).isInstanceOf(NotFound.class);
        assertThat(transport.sent()).isEmpty();
    }

    @Test
    void a_failed_delivery_is_redelivered_with_its_message_id_and_bytes_and_a_pending_one_is_a_conflict() {
        WebhookWithSecret hook = webhook(org, "later", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        transport.thenAnswer(status(500));
        deliverAllDue();
        DeliveryId delivery = attempts(hook).get(0).deliveryId();

        assertThatThrownBy(() -> log.redeliver(org, hook.webhook().id(), delivery)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("webhook_delivery.pending"));
        for (int i = 0; i < 3; i++) {
            transport.thenAnswer(status(500));
            clock.advance(Duration.ofHours(2));
            deliverAllDue();
        }
        assertThat(attempts(hook).get(3).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);

        log.redeliver(org, hook.webhook().id(), delivery);
        assertThat(deliverAllDue()).isEqualTo(1);

        List<SentRequest> sent = transport.sent();
        assertThat(sent).hasSize(5);
        assertThat(sent.get(4).headers().get("webhook-id")).isEqualTo(sent.get(0).headers().get("webhook-id"));
        assertThat(sent.get(4).body()).isEqualTo(sent.get(0).body());
        assertThat(attempts(hook)).extracting(DeliveryAttemptView::attemptNumber).containsExactly(1, 2, 3, 4, 5);
        assertThat(attempts(hook).get(4).deliveryStatus()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThatThrownBy(() -> log.redeliver(org, hook.webhook().id(), new DeliveryId(uuid(999)))).isInstanceOf(NotFound.class);
    }

    @Test
    void redelivering_to_a_switched_off_webhook_is_a_conflict() {
        WebhookWithSecret hook = webhook(org, "paused", List.of("ticket.created"));
        ticketOpened(org);
        dispatcher.dispatch();
        transport.thenAnswer(status(410));
        deliverAllDue();
        DeliveryId delivery = attempts(hook).get(0).deliveryId();

        assertThatThrownBy(() -> log.redeliver(org, hook.webhook().id(), delivery)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("webhook.inactive"));
        assertThat(transport.sent()).hasSize(1);
    }
}
