package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.Waiting.sleep;
import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.LoopbackReceiver;
import dev.parley.bootstrap.support.LoopbackReceiver.Answer;
import dev.parley.bootstrap.support.LoopbackReceiver.Received;
import dev.parley.bootstrap.support.RunningParley;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookSigner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events of other surfaces reaching a scripted receiver on loopback through the real server: signed both ways,
 * retried on the configured schedule with the same message, switched off by 410, never followed through a redirect,
 * and never crossing organizations.
 */
class WebhookDeliveryApiTest {
    private static final String WEBHOOKS = "/api/integrations/webhooks";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoopbackReceiver receiver;
    private static RunningParley parley;
    private static ApiClient api;
    private static int organizations;

    @BeforeAll
    static void start() {
        receiver = LoopbackReceiver.start();
        parley = RunningParley.start(Map.of("PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32", "PARLEY_WEBHOOK_RETRY_DELAYS", "1s,2s,4s"));
        api = parley.api();
    }

    @AfterAll
    static void stop() {
        parley.close();
        receiver.close();
    }

    /** An organization of its own for one test, with a token that manages webhooks and writes tickets. */
    private record Tenant(String slug, String token, long id) {
    }

    private static Tenant tenant() {
        String slug = "delivery-" + ++organizations;
        parley.createOrganization(slug);
        long id = ((Number) parley.value("select id from organizations where slug = ?", slug)).longValue();
        return new Tenant(slug, parley.token(slug, "webhooks:manage,tickets:write"), id);
    }

    /** Subscribes {@code path} of the receiver; answers the webhook with its secret. */
    private static JsonNode subscribe(Tenant tenant, String path, String events) {
        ApiResponse created = api.post(WEBHOOKS, tenant.token(), "{\"url\": " + quote(receiver.url(path)) + ", \"events\": " + events + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("data");
    }

    private static void openTicket(Tenant tenant, String subject) {
        ApiResponse created = api.post("/v1/tickets", tenant.token(), "{\"subject\":" + quote(subject)
                + ",\"customer\":{\"name\":\"Alice Johnson\",\"email\":\"alice@example.com\"},\"message\":\"It broke.\",\"tags\":[]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static JsonNode json(Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + request.text(), e);
        }
    }

    private static void assertSigned(Received request, String secret) {
        WebhookSecret parsed = WebhookSecret.parse(secret);
        assertThat(request.header("X-Signature-256")).matches("sha256=[0-9a-f]{64}");
        assertThat(WebhookSigner.verifyXSignature256(request.header("X-Signature-256"), parsed, request.body())).isTrue();
        assertThat(WebhookSigner.verify(request.header("webhook-signature"), parsed, request.header("webhook-id"),
                Long.parseLong(request.header("webhook-timestamp")), request.body())).isTrue();
        Map<String, List<String>> headers = Map.of("webhook-id", List.of(request.header("webhook-id")),
                "webhook-timestamp", List.of(request.header("webhook-timestamp")),
                "webhook-signature", List.of(request.header("webhook-signature")));
        assertThatCode(() -> new Webhook(secret).verify(request.text(), headers)).as("the Standard Webhooks library verifies it")
                .doesNotThrowAnyException();
    }

    @Test
    void a_ticket_opened_over_http_arrives_signed_in_the_event_envelope() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/signed", "[\"ticket.created\"]");

        openTicket(acme, "Printer on fire");

        Received request = receiver.awaitReceived("/signed", 1, PATIENCE).get(0);
        assertSigned(request, webhook.get("secret").asText());
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).startsWith("Parley-Webhooks/");
        assertThat(request.header("webhook-id")).matches("msg_[0-9a-f]{32}");
        assertThat(Long.parseLong(request.header("webhook-timestamp"))).isCloseTo(System.currentTimeMillis() / 1000, Offset.offset(30L));
        JsonNode event = json(request);
        assertThat(event.fieldNames()).toIterable().containsExactly("id", "type", "created_at", "organization_id", "data");
        assertThat(event.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(event.get("type").asText()).isEqualTo("ticket.created");
        assertThat(event.get("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(event.get("organization_id").asLong()).isEqualTo(acme.id());
        assertThat(event.get("data").get("subject").asText()).isEqualTo("Printer on fire");
        awaitStatus(webhook, "succeeded");
    }

    @Test
    void failures_are_retried_on_the_configured_delays_with_the_same_message_until_one_succeeds() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/flaky", "[\"ticket.created\"]");
        receiver.script("/flaky", Answer.status(500), Answer.status(503).withBody("down for maintenance"));

        openTicket(acme, "Retry me");

        List<Received> attempts = receiver.awaitReceived("/flaky", 3, PATIENCE);
        assertThat(attempts).extracting(request -> request.header("webhook-id")).containsOnly(attempts.get(0).header("webhook-id"));
        assertThat(attempts).allSatisfy(request -> {
            assertThat(request.body()).isEqualTo(attempts.get(0).body());
            assertSigned(request, webhook.get("secret").asText());
        });
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(750));
        assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1550));
        awaitStatus(webhook, "succeeded");
        assertThat(parley.count("select count(*) from webhook_attempts where webhook_id = ?", webhook.get("id").asLong())).isEqualTo(3);
        assertThat(parley.value("select string_agg(coalesce(status_code::text, error_class), ',' order by attempt_no) from webhook_attempts"
                + " where webhook_id = ?", webhook.get("id").asLong())).isEqualTo("500,503,204");
        assertThat(parley.value("select response_excerpt from webhook_attempts where webhook_id = ? and attempt_no = 2",
                webhook.get("id").asLong())).isEqualTo("down for maintenance");
    }

    @Test
    void a_receiver_that_answers_410_switches_its_webhook_off() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/gone", "[\"ticket.created\"]");
        receiver.script("/gone", Answer.status(410));

        openTicket(acme, "Anyone there?");

        receiver.awaitReceived("/gone", 1, PATIENCE);
        JsonNode shown = awaitInactive(acme, webhook);
        assertThat(shown.get("deactivated_reason").asText()).isEqualTo("gone");
        openTicket(acme, "Still there?");
        sleep(Duration.ofSeconds(3));
        assertThat(receiver.received("/gone")).hasSize(1);
    }

    @Test
    void a_redirect_is_never_followed_and_counts_as_a_failure() {
        Tenant acme = tenant();
        JsonNode webhook = subscribe(acme, "/moved", "[\"ticket.created\"]");
        receiver.script("/moved", Answer.status(301).withHeader("Location", receiver.url("/elsewhere")));

        openTicket(acme, "Follow me");

        List<Received> attempts = receiver.awaitReceived("/moved", 2, PATIENCE);
        assertThat(attempts.get(1).header("webhook-id")).isEqualTo(attempts.get(0).header("webhook-id"));
        assertThat(receiver.received("/elsewhere")).isEmpty();
        awaitStatus(webhook, "succeeded");
        assertThat(parley.value("select status_code from webhook_attempts where webhook_id = ? and attempt_no = 1",
                webhook.get("id").asLong())).isEqualTo(301);
    }

    @Test
    void another_organizations_events_never_reach_a_webhook() {
        Tenant acme = tenant();
        Tenant globex = tenant();
        subscribe(acme, "/acme-all", "[\"*\"]");
        subscribe(globex, "/globex-all", "[\"*\"]");

        openTicket(globex, "Globex only");
        openTicket(acme, "Acme only");

        List<Received> acmes = receiver.awaitReceived("/acme-all", 2, PATIENCE);
        List<Received> globexes = receiver.awaitReceived("/globex-all", 2, PATIENCE);
        sleep(Duration.ofSeconds(2));
        assertThat(receiver.received("/acme-all")).hasSize(2);
        assertThat(receiver.received("/globex-all")).hasSize(2);
        assertThat(acmes).extracting(request -> json(request).get("organization_id").asLong()).containsOnly(acme.id());
        assertThat(globexes).extracting(request -> json(request).get("organization_id").asLong()).containsOnly(globex.id());
        assertThat(acmes).extracting(request -> json(request).get("type").asText())
                .containsExactlyInAnyOrder("ticket.created", "ticket.message.created");
    }

    private static void awaitStatus(JsonNode webhook, String status) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!status.equals(parley.value("select status from webhook_deliveries where webhook_id = ?", webhook.get("id").asLong()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the delivery never became " + status);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static JsonNode awaitInactive(Tenant tenant, JsonNode webhook) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonNode shown = api.get(WEBHOOKS + "/" + webhook.get("id").asLong(), tenant.token()).json().get("data");
            if (!shown.get("active").asBoolean()) {
                return shown;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the webhook stayed active");
            }
            sleep(Duration.ofMillis(100));
        }
    }

}
