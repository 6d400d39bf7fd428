package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bootstrap.ParleyServer;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.ChildParley;
import dev.parley.bootstrap.support.LoopbackReceiver;
import dev.parley.bootstrap.support.LoopbackReceiver.Answer;
import dev.parley.bootstrap.support.LoopbackReceiver.Received;
import dev.parley.bootstrap.support.RunningParley;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Research notes REL-2 and REL-3 against real servers: two servers sharing a database never make the same attempt
 * twice, and a server killed with SIGKILL in the middle of a delivery leaves it to be delivered again, with the same
 * {@code webhook-id} and bytes, once its lease runs out, as well as the committed delivery it had stored claimed for its
 * own workers and not started.
 */
class WebhookDeliveryReliabilityTest {
    private static final Map<String, String> SETTINGS = Map.of("PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32",
            "PARLEY_WEBHOOK_RETRY_DELAYS", "1s,2s,4s");
    private static final ObjectMapper JSON = new ObjectMapper();
    private LoopbackReceiver receiver;
    private RunningParley parley;
    private String token;

    @BeforeEach
    void start() {
        receiver = LoopbackReceiver.start();
        parley = RunningParley.start(SETTINGS);
        parley.createOrganization("acme");
        token = parley.token("acme", "webhooks:manage,tickets:write");
    }

    @AfterEach
    void stop() {
        parley.close();
        receiver.close();
    }

    private long subscribe(ApiClient api, String path, String events) {
        ApiResponse created = api.post("/api/integrations/webhooks", token,
                "{\"url\": " + quote(receiver.url(path)) + ", \"events\": " + events + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("data").get("id").asLong();
    }

    @Test
    void two_servers_on_one_database_deliver_a_thousand_events_making_each_attempt_once() {
        long webhook = subscribe(parley.api(), "/many", "[\"lesson.completed\"]");
        Answer[] firstFifty = new Answer[50];
        Arrays.fill(firstFifty, Answer.status(500));
        receiver.script("/many", firstFifty);
        long org = ((Number) parley.value("select id from organizations where slug = 'acme'")).longValue();

        try (ParleyServer second = parley.startSecondServer()) {
            assertThat(second.port()).isNotEqualTo(parley.port());
            parley.execute("insert into outbox_events (organization_id, type, payload, occurred_at)"
                    + " select ?, 'lesson.completed', jsonb_build_object('n', n), now() from generate_series(1, 1000) n", org);

            List<Received> requests = receiver.awaitReceived("/many", 1050, Duration.ofSeconds(120));
            awaitCount("select count(*) from webhook_deliveries where webhook_id = ? and status = 'succeeded'", webhook, 1000);

            Map<String, Long> perMessage = requests.stream().collect(Collectors.groupingBy(request -> request.header("webhook-id"),
                    Collectors.counting()));
            assertThat(perMessage).hasSize(1000);
            assertThat(perMessage.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1050);
            String receivedTwice = perMessage.entrySet().stream().filter(received -> received.getValue() == 2).map(Map.Entry::getKey)
                    .sorted().collect(Collectors.joining(","));
            assertThat(receivedTwice).as("each message is received once per attempt the database logged for it, never more")
                    .isEqualTo(parley.value("select string_agg(message_id, ',' order by message_id) from webhook_deliveries"
                            + " where webhook_id = ? and attempts = 2", webhook));
            assertThat(parley.count("select count(*) from webhook_attempts where webhook_id = ?", webhook)).isEqualTo(1050);
            assertThat(parley.count("select count(*) from webhook_deliveries where webhook_id = ? and attempts <> "
                    + "(select count(*) from webhook_attempts a where a.delivery_id = webhook_deliveries.id)", webhook)).isZero();
            assertThat(parley.count("select count(*) from outbox_events where published_at is null")).isZero();
        }
        sleepFor(Duration.ofSeconds(2));
        assertThat(receiver.received("/many")).hasSize(1050);
    }

    @Test
    void a_server_killed_mid_delivery_leaves_it_to_be_sent_again_with_the_same_message_after_restart() {
        long webhook = subscribe(parley.api(), "/crash", "[\"ticket.created\"]");
        receiver.script("/crash", Answer.status(204).after(Duration.ofSeconds(90)));
        String[] sentBeforeKill = new String[2];

        parley.restart(() -> {
            ChildParley child = ChildParley.start(parley.config(), Map.of());
            ApiResponse opened = child.api().post("/v1/tickets", token, "{\"subject\":\"Before the crash\","
                    + "\"customer\":{\"name\":\"Alice\",\"email\":\"alice@example.com\"},\"message\":\"Hello\",\"tags\":[]}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            Received held = receiver.awaitReceived("/crash", 1, Duration.ofSeconds(30)).get(0);
            sentBeforeKill[0] = held.header("webhook-id");
            sentBeforeKill[1] = held.text();
            ApiResponse committed = child.api().post("/v1/tickets", token, "{\"subject\":\"Committed, then killed\","
                    + "\"customer\":{\"name\":\"Bob\",\"email\":\"bob@example.com\"},\"message\":\"Hello\",\"tags\":[]}");
            assertThat(committed.status()).as(committed.body()).isEqualTo(201);
            child.kill();
        });

        List<Received> requests = receiver.awaitReceived("/crash", 2,
                request -> request.header("webhook-id").equals(sentBeforeKill[0]), Duration.ofSeconds(120));
        assertThat(requests.get(1).text()).isEqualTo(sentBeforeKill[1]);
        assertThat(Long.parseLong(requests.get(1).header("webhook-timestamp")))
                .isGreaterThanOrEqualTo(Long.parseLong(requests.get(0).header("webhook-timestamp")) + 55);
        receiver.awaitReceived("/crash", 1, request -> subject(request.text()).equals("Committed, then killed"), Duration.ofSeconds(60));
        Map<String, List<Received>> bySubject = receiver.received("/crash").stream().collect(Collectors.groupingBy(
                request -> subject(request.text()), Collectors.toList()));
        assertThat(bySubject).containsOnlyKeys("Before the crash", "Committed, then killed");
        awaitCount("select count(*) from webhook_deliveries where webhook_id = ? and status = 'succeeded'", webhook, 2);
        assertThat(parley.value("select max(attempts) from webhook_deliveries where webhook_id = ?", webhook)).isEqualTo(2);
    }

    private static String subject(String body) {
        try {
            return JSON.readTree(body).get("data").get("subject").asText();
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private void awaitCount(String sql, long webhook, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (parley.count(sql, webhook) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + expected + " for " + sql + ", got " + parley.count(sql, webhook));
            }
            sleepFor(Duration.ofMillis(200));
        }
    }

    private static void sleepFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
