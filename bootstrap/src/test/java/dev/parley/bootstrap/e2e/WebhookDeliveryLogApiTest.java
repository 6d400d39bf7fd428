package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.Waiting.sleep;
import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.ParleyServer;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.LoopbackReceiver;
import dev.parley.bootstrap.support.LoopbackReceiver.Answer;
import dev.parley.bootstrap.support.LoopbackReceiver.Received;
import dev.parley.bootstrap.support.RunningParley;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A webhook's deliveries log, test pings and redelivery through the real server, against a scripted receiver on
 * loopback: one row per attempt newest first, pings answered without the receiver's body and limited per webhook
 * across servers, redeliveries sending the same message again, and nothing of another organization within reach.
 */
class WebhookDeliveryLogApiTest {
    private static final String WEBHOOKS = "/api/integrations/webhooks";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static LoopbackReceiver receiver;
    private static RunningParley parley;
    private static ApiClient api;
    private static int organizations;

    @BeforeAll
    static void start() {
        receiver = LoopbackReceiver.start();
        parley = RunningParley.start(Map.of("PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32", "PARLEY_WEBHOOK_RETRY_DELAYS", "1s,1s"));
        api = parley.api();
    }

    @AfterAll
    static void stop() {
        parley.close();
        receiver.close();
    }

    /** An organization of its own for one test, with a token that manages webhooks and writes tickets. */
    private record Tenant(String slug, String token) {
    }

    private static Tenant tenant() {
        String slug = "deliveries-" + ++organizations;
        parley.createOrganization(slug);
        return new Tenant(slug, parley.token(slug, "webhooks:manage,tickets:write"));
    }

    /** A webhook of the receiver's {@code path} for ticket creation; answers it with its secret. */
    private static JsonNode subscribe(Tenant tenant, String path) {
        return subscribeUrl(tenant, receiver.url(path));
    }

    private static JsonNode subscribeUrl(Tenant tenant, String url) {
        ApiResponse created = api.post(WEBHOOKS, tenant.token(), "{\"url\": " + quote(url) + ", \"events\": [\"ticket.created\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("data");
    }

    private static void openTicket(Tenant tenant) {
        ApiResponse created = api.post("/v1/tickets", tenant.token(), "{\"subject\":\"Printer on fire\","
                + "\"customer\":{\"name\":\"Alice Johnson\",\"email\":\"alice@example.com\"},\"message\":\"It broke.\",\"tags\":[]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static String deliveries(JsonNode webhook) {
        return WEBHOOKS + "/" + webhook.get("id").asLong() + "/deliveries";
    }

    private static String test(JsonNode webhook) {
        return WEBHOOKS + "/" + webhook.get("id").asLong() + "/test";
    }

    private static String redeliver(JsonNode webhook, String deliveryId) {
        return deliveries(webhook) + "/" + deliveryId + "/redeliver";
    }

    private static List<JsonNode> rows(ApiResponse page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return StreamSupport.stream(page.json().get("data").spliterator(), false).toList();
    }

    /** Reads the log until it holds {@code count} rows and the newest satisfies {@code newest}; answers the rows. */
    private static List<JsonNode> awaitLog(Tenant tenant, JsonNode webhook, int count, Predicate<JsonNode> newest) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<JsonNode> rows = rows(api.get(deliveries(webhook) + "?per_page=100", tenant.token()));
            if (rows.size() == count && newest.test(rows.get(0))) {
                return rows;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the log never held " + count + " rows as expected: " + rows);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static Predicate<JsonNode> status(String deliveryStatus) {
        return row -> row.get("delivery_status").asText().equals(deliveryStatus);
    }

    private static JsonNode ping(Tenant tenant, JsonNode webhook) {
        ApiResponse pinged = api.post(test(webhook), tenant.token(), null);
        assertThat(pinged.status()).as(pinged.body()).isEqualTo(200);
        return pinged.json().get("data");
    }

    private static void assertSigned(Received request, JsonNode webhook) {
        WebhookSecret secret = WebhookSecret.parse(webhook.get("secret").asText());
        assertThat(WebhookSigner.verifyXSignature256(request.header("X-Signature-256"), secret, request.body())).isTrue();
        assertThat(WebhookSigner.verify(request.header("webhook-signature"), secret, request.header("webhook-id"),
                Long.parseLong(request.header("webhook-timestamp")), request.body())).isTrue();
    }

    @Test
    void a_delivered_event_shows_one_attempt_with_its_message_id_status_and_latency_but_no_secret_or_signature() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/log-ok");

        openTicket(acme);

        Received request = receiver.awaitReceived("/log-ok", 1, PATIENCE).get(0);
        JsonNode row = awaitLog(acme, webhook, 1, status("succeeded")).get(0);
        assertThat(row.fieldNames()).toIterable().containsExactly("delivery_id", "message_id", "event_type", "attempt_number",
                "started_at", "status_code", "error_class", "latency_ms", "response_excerpt", "test", "delivery_status");
        assertThat(row.get("message_id").asText()).isEqualTo(request.header("webhook-id"));
        assertThat(row.get("delivery_id").asText()).isEqualTo(uuidOf(request.header("webhook-id")));
        assertThat(row.get("event_type").asText()).isEqualTo("ticket.created");
        assertThat(row.get("attempt_number").asInt()).isEqualTo(1);
        assertThat(row.get("status_code").asInt()).isEqualTo(204);
        assertThat(row.get("error_class").isNull()).isTrue();
        assertThat(row.get("latency_ms").asLong()).isNotNegative();
        assertThat(row.get("response_excerpt").asText()).isEmpty();
        assertThat(row.get("test").asBoolean()).isFalse();
        String log = api.get(deliveries(webhook), acme.token()).body();
        assertThat(log).doesNotContain(webhook.get("secret").asText(), secretBytes(webhook), request.header("webhook-signature"),
                request.header("X-Signature-256"));
    }

    @Test
    void a_failed_attempt_and_its_retry_are_listed_newest_first_with_what_the_receiver_said() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/log-retry");
        receiver.script("/log-retry", Answer.status(500).withBody("{\"error\": \"database is down\"}"));

        openTicket(acme);

        List<JsonNode> rows = awaitLog(acme, webhook, 2, status("succeeded"));
        assertThat(rows).extracting(row -> row.get("attempt_number").asInt()).containsExactly(2, 1);
        assertThat(rows).extracting(row -> row.get("status_code").asInt()).containsExactly(204, 500);
        assertThat(rows.get(1).get("response_excerpt").asText()).isEqualTo("{\"error\": \"database is down\"}");
        assertThat(rows).extracting(row -> row.get("message_id").asText()).containsOnly(rows.get(0).get("message_id").asText());
        assertThat(rows).extracting(row -> row.get("delivery_id").asText()).containsOnly(rows.get(0).get("delivery_id").asText());
        assertThat(rows).extracting(row -> row.get("delivery_status").asText()).containsOnly("succeeded");
        assertThat(rows.get(0).get("started_at").asText()).isGreaterThan(rows.get(1).get("started_at").asText());
    }

    @Test
    void a_410_is_logged_and_fails_the_delivery() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/log-gone");
        receiver.script("/log-gone", Answer.status(410).withBody("gone for good"));

        openTicket(acme);

        JsonNode row = awaitLog(acme, webhook, 1, status("failed")).get(0);
        assertThat(row.get("status_code").asInt()).isEqualTo(410);
        assertThat(row.get("response_excerpt").asText()).isEqualTo("gone for good");
        assertThat(api.get(WEBHOOKS + "/" + webhook.get("id").asLong(), acme.token()).json().get("data").get("active").asBoolean())
                .isFalse();
    }

    @Test
    void a_ping_is_signed_answers_status_and_latency_but_never_the_receivers_body_and_is_logged_as_a_test() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/ping-ok");
        receiver.script("/ping-ok", Answer.status(200).withBody("internal: db-primary.corp:5432 ok"));

        ApiResponse pinged = api.post(test(webhook), acme.token(), null);

        assertThat(pinged.status()).as(pinged.body()).isEqualTo(200);
        assertThat(pinged.body()).doesNotContain("db-primary", "internal");
        JsonNode result = pinged.json().get("data");
        assertThat(result.fieldNames()).toIterable()
                .containsExactly("delivery_id", "message_id", "success", "status_code", "error_class", "latency_ms");
        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("status_code").asInt()).isEqualTo(200);
        assertThat(result.get("error_class").isNull()).isTrue();
        assertThat(result.get("latency_ms").asLong()).isNotNegative();
        Received request = receiver.received("/ping-ok").get(0);
        assertSigned(request, webhook);
        assertThat(request.header("webhook-id")).isEqualTo(result.get("message_id").asText());
        assertThat(request.text()).contains("\"type\":\"webhook.ping\"");
        JsonNode row = rows(api.get(deliveries(webhook), acme.token())).get(0);
        assertThat(row.get("test").asBoolean()).isTrue();
        assertThat(row.get("event_type").asText()).isEqualTo("webhook.ping");
        assertThat(row.get("delivery_id").asText()).isEqualTo(result.get("delivery_id").asText());
        assertThat(row.get("status_code").asInt()).isEqualTo(200);
        assertThat(row.get("delivery_status").asText()).isEqualTo("succeeded");
        assertThat(row.get("response_excerpt").asText()).as("the log, not the ping's answer, keeps the excerpt")
                .isEqualTo("internal: db-primary.corp:5432 ok");
    }

    @Test
    void a_ping_to_a_closed_port_reports_connection_refused() {
        Tenant acme = tenant();
        JsonNode webhook = subscribeUrl(acme, "http://127.0.0.1:" + closedPort() + "/hook");

        JsonNode result = ping(acme, webhook);

        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.get("status_code").isNull()).isTrue();
        assertThat(result.get("error_class").asText()).isEqualTo("connection_refused");
        JsonNode row = rows(api.get(deliveries(webhook), acme.token())).get(0);
        assertThat(row.get("error_class").asText()).isEqualTo("connection_refused");
        assertThat(row.get("delivery_status").asText()).isEqualTo("failed");
        assertThat(row.get("test").asBoolean()).isTrue();
    }

    @Test
    void the_sixth_ping_within_a_minute_is_refused_with_retry_after_even_through_a_second_server_and_is_neither_sent_nor_logged() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/ping-limit");
        JsonNode other = subscribe(acme, "/ping-limit-other");

        try (ParleyServer second = parley.startSecondServer()) {
            ApiClient secondApi = new ApiClient(second.port());
            for (int i = 0; i < 5; i++) {
                ApiResponse admitted = (i % 2 == 0 ? api : secondApi).post(test(webhook), acme.token(), null);
                assertThat(admitted.status()).as("ping %d: %s", i + 1, admitted.body()).isEqualTo(200);
            }

            ApiResponse refused = secondApi.post(test(webhook), acme.token(), null);

            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.json().get("message").asText()).startsWith("Too many test pings for webhook " + webhook.get("id").asLong());
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(api.post(test(webhook), acme.token(), null).status()).isEqualTo(429);
        }
        assertThat(receiver.received("/ping-limit")).hasSize(5);
        assertThat(rows(api.get(deliveries(webhook), acme.token()))).hasSize(5);
        assertThat(ping(acme, other).get("success").asBoolean()).as("the limit is per webhook").isTrue();
    }

    @Test
    void redelivering_a_failed_delivery_sends_the_same_message_and_bytes_again_and_adds_an_attempt() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/redeliver");
        receiver.script("/redeliver", Answer.status(500), Answer.status(502), Answer.status(503));
        openTicket(acme);
        List<JsonNode> failed = awaitLog(acme, webhook, 3, status("failed"));
        String delivery = failed.get(0).get("delivery_id").asText();

        ApiResponse queued = api.post(redeliver(webhook, delivery), acme.token(), null);

        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        JsonNode data = queued.json().get("data");
        assertThat(data.get("delivery_id").asText()).isEqualTo(delivery);
        assertThat(data.get("message_id").asText()).isEqualTo(failed.get(0).get("message_id").asText());
        assertThat(data.get("delivery_status").asText()).isEqualTo("pending");
        List<Received> sent = receiver.awaitReceived("/redeliver", 4, PATIENCE);
        assertThat(sent.get(3).header("webhook-id")).isEqualTo(sent.get(0).header("webhook-id"));
        assertThat(sent.get(3).body()).isEqualTo(sent.get(0).body());
        assertSigned(sent.get(3), webhook);
        List<JsonNode> rows = awaitLog(acme, webhook, 4, status("succeeded"));
        assertThat(rows).extracting(row -> row.get("attempt_number").asInt()).containsExactly(4, 3, 2, 1);
        assertThat(rows.get(0).get("status_code").asInt()).isEqualTo(204);
        assertThat(rows.get(0).get("test").asBoolean()).isFalse();
    }

    @Test
    void a_redelivery_repeated_with_its_idempotency_key_is_replayed_and_queues_the_delivery_once() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/redeliver-once");
        receiver.script("/redeliver-once", Answer.status(500));
        String delivery = ping(acme, webhook).get("delivery_id").asText();
        Map<String, String> key = Map.of("Idempotency-Key", "redeliver-" + delivery);

        ApiResponse first = api.send("POST", redeliver(webhook, delivery), acme.token(), null, key);
        receiver.awaitReceived("/redeliver-once", 2, PATIENCE);
        awaitLog(acme, webhook, 2, status("succeeded"));
        ApiResponse again = api.send("POST", redeliver(webhook, delivery), acme.token(), null, key);

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        sleep(Duration.ofSeconds(2));
        assertThat(receiver.received("/redeliver-once")).hasSize(2);
        assertThat(rows(api.get(deliveries(webhook), acme.token()))).hasSize(2);
    }

    @Test
    void a_pending_delivery_cannot_be_redelivered() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/busy");
        receiver.script("/busy", Answer.status(503).withHeader("Retry-After", "3600"));
        openTicket(acme);
        JsonNode waiting = awaitLog(acme, webhook, 1, status("pending")).get(0);

        ApiResponse refused = api.post(redeliver(webhook, waiting.get("delivery_id").asText()), acme.token(), null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("has not finished yet");
        assertThat(rows(api.get(deliveries(webhook), acme.token()))).hasSize(1);
    }

    @Test
    void a_delivery_of_a_switched_off_webhook_cannot_be_redelivered() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/paused");
        String delivery = ping(acme, webhook).get("delivery_id").asText();
        assertThat(api.patch(WEBHOOKS + "/" + webhook.get("id").asLong(), acme.token(), "{\"active\": false}").status()).isEqualTo(200);

        ApiResponse refused = api.post(redeliver(webhook, delivery), acme.token(), null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("switched off");
    }

    @Test
    void the_log_is_paginated_newest_first_with_at_most_100_a_page() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/pages");
        List<String> pinged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pinged.add(ping(acme, webhook).get("delivery_id").asText());
        }

        ApiResponse first = api.get(deliveries(webhook) + "?per_page=2", acme.token());
        ApiResponse second = api.get(deliveries(webhook) + "?per_page=2&page=2", acme.token());

        assertThat(rows(first)).extracting(row -> row.get("delivery_id").asText()).containsExactly(pinged.get(2), pinged.get(1));
        assertThat(rows(second)).extracting(row -> row.get("delivery_id").asText()).containsExactly(pinged.get(0));
        JsonNode meta = first.json().get("meta");
        assertThat(meta.get("total").asLong()).isEqualTo(3);
        assertThat(meta.get("last_page").asLong()).isEqualTo(2);
        assertThat(meta.get("per_page").asInt()).isEqualTo(2);
        assertThat(first.json().get("links").get("next").asText()).endsWith("/deliveries?per_page=2&page=2");
        assertThat(second.json().get("links").get("next").isNull()).isTrue();
        ApiResponse tooMany = api.get(deliveries(webhook) + "?per_page=101", acme.token());
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("errors").has("per_page")).isTrue();
    }

    @Test
    void another_organizations_webhook_and_deliveries_are_not_found_and_each_route_needs_its_ability() {
        Tenant acme = tenant();
        Tenant globex = tenant();
        JsonNode acmes = subscribe(acme, "/acme-only");
        JsonNode globexes = subscribe(globex, "/globex-only");
        String acmeDelivery = ping(acme, acmes).get("delivery_id").asText();
        String globexDelivery = ping(globex, globexes).get("delivery_id").asText();

        assertThat(api.get(deliveries(acmes), globex.token()).status()).isEqualTo(404);
        assertThat(api.post(redeliver(acmes, acmeDelivery), globex.token(), null).status()).isEqualTo(404);
        assertThat(api.post(redeliver(globexes, acmeDelivery), globex.token(), null).status())
                .as("a delivery of another organization's webhook under one's own").isEqualTo(404);
        for (int i = 0; i < 7; i++) {
            assertThat(api.post(test(acmes), globex.token(), null).status()).as("never 429, always 404").isEqualTo(404);
        }
        assertThat(receiver.received("/acme-only")).hasSize(1);
        assertThat(rows(api.get(deliveries(acmes), acme.token()))).extracting(row -> row.get("delivery_id").asText())
                .containsExactly(acmeDelivery);
        assertThat(api.post(redeliver(acmes, globexDelivery), acme.token(), null).status()).isEqualTo(404);

        String ticketsOnly = parley.token(acme.slug(), "tickets:write");
        assertThat(api.get(deliveries(acmes), ticketsOnly).status()).isEqualTo(403);
        assertThat(api.post(test(acmes), ticketsOnly, null).status()).isEqualTo(403);
        assertThat(api.post(redeliver(acmes, acmeDelivery), ticketsOnly, null).status()).isEqualTo(403);
        assertThat(api.get(deliveries(acmes), null).status()).isEqualTo(401);
        assertThat(api.post(test(acmes), null, null).status()).isEqualTo(401);
        assertThat(api.post(redeliver(acmes, acmeDelivery), null, null).status()).isEqualTo(401);
    }

    @Test
    void a_delivery_is_named_by_its_uuid_and_anything_else_is_not_found() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/names");
        JsonNode pinged = ping(acme, webhook);

        assertThat(api.post(redeliver(webhook, pinged.get("message_id").asText()), acme.token(), null).status()).isEqualTo(404);
        assertThat(api.post(redeliver(webhook, "42"), acme.token(), null).status()).isEqualTo(404);
        assertThat(api.post(redeliver(webhook, UUID.randomUUID().toString()), acme.token(), null).status()).isEqualTo(404);
        assertThat(api.get(WEBHOOKS + "/not-a-webhook/deliveries", acme.token()).status()).isEqualTo(404);
        ApiResponse upper = api.post(redeliver(webhook, pinged.get("delivery_id").asText().toUpperCase()), acme.token(), null);
        assertThat(upper.status()).as(upper.body()).isEqualTo(202);
        assertThat(upper.json().get("data").get("delivery_id").asText()).isEqualTo(pinged.get("delivery_id").asText());
    }

    private static String uuidOf(String messageId) {
        String hex = messageId.substring("msg_".length());
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                + hex.substring(20);
    }

    private static String secretBytes(JsonNode webhook) {
        return webhook.get("secret").asText().substring("whsec_".length());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError("no free loopback port", e);
        }
    }

}
