package dev.parley.bootstrap.e2e;

import dev.parley.bootstrap.support.Waiting;
import static dev.parley.bootstrap.support.Waiting.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.LoopbackReceiver;
import dev.parley.bootstrap.support.LoopbackReceiver.Answer;
import dev.parley.bootstrap.support.LoopbackReceiver.Received;
import dev.parley.bootstrap.support.RunningParley;
import dev.parley.bootstrap.support.TcpProxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Research notes REL-4 against a real server whose database connections run through a loopback proxy: while the proxy
 * drops them every surface answers 503 in its own error format, {@code /ready} says not ready and the workers stay
 * alive; once connections go through again, everything committed before the outage is delivered, nothing lost. Each
 * 503 is checked against its surface's OpenAPI document, so an undocumented shape or a missing header fails.
 */
class DatabaseOutageTest {
    private static final String POSTGRES = "//127.0.0.1:5432/";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private TcpProxy proxy;
    private LoopbackReceiver receiver;
    private RunningParley parley;
    private String token;

    @BeforeEach
    void start() {
        proxy = TcpProxy.start("127.0.0.1", 5432);
        receiver = LoopbackReceiver.start();
        parley = RunningParley.start(Map.of("PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32", "PARLEY_WEBHOOK_RETRY_DELAYS", "2s,2s,2s"),
                url -> url.replace(POSTGRES, "//127.0.0.1:" + proxy.port() + "/"));
        assertThat(parley.config().databaseUrl().orElseThrow()).contains(":" + proxy.port() + "/");
        parley.createOrganization("acme");
        token = parley.token("acme", "webhooks:manage,tickets:read,tickets:write,rooms:read");
    }

    @AfterEach
    void stop() {
        proxy.restore();
        parley.close();
        receiver.close();
        proxy.close();
    }

    @Test
    void every_surface_answers_503_in_its_own_format_while_the_database_is_away_and_everything_drains_after() {
        ApiResponse webhook = parley.api().post("/api/integrations/webhooks", token,
                "{\"url\": \"" + receiver.url("/outage") + "\", \"events\": [\"ticket.created\"]}");
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
        receiver.script("/outage", Answer.status(500), Answer.status(500), Answer.status(500));
        for (int i = 1; i <= 3; i++) {
            openTicket("Failed once " + i);
        }
        Waiting.until(PATIENCE, () -> parley.count("select count(*) from webhook_attempts") == 3, "three first attempts recorded");
        openTicket("Committed just before the outage");

        proxy.cut();
        try {
            assertUnavailable("/api/integrations/webhooks", "{\"message\":\"Service Unavailable\"}");
            assertUnavailable("/v1/tickets",
                    "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"The service is temporarily unavailable. Retry later.\"}}");
            assertUnavailable("/v1/rooms", "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"The service is temporarily unavailable. Retry later.\"}");
            assertThat(parley.api().sendUnchecked("GET", "/ready", null, null, Map.of()).status()).isEqualTo(503);
            assertThat(parley.api().sendUnchecked("GET", "/health", null, null, Map.of()).status()).isEqualTo(200);
            sleep(Duration.ofSeconds(5));
            assertUnavailable("/v1/tickets",
                    "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"The service is temporarily unavailable. Retry later.\"}}");
            Set<String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .collect(Collectors.toSet());
            assertThat(threads).as("no background thread died of the outage").contains("parley-webhook-dispatcher-1",
                    "parley-webhook-dispatcher-2", "parley-webhook-worker-1", "parley-webhook-worker-4", "parley-export-worker", "parley-poll-closer", "parley-housekeeper", "parley-listen");
        } finally {
            proxy.restore();
        }

        Waiting.until(PATIENCE, () -> parley.count("select count(*) from webhook_deliveries where status = 'succeeded'") == 4, "four deliveries succeeded");
        List<Received> requests = receiver.received("/outage");
        Map<String, Long> perMessage = requests.stream().collect(Collectors.groupingBy(request -> request.header("webhook-id"),
                Collectors.counting()));
        assertThat(perMessage).as("every event delivered, under its own webhook-id").hasSize(4);
        assertThat(perMessage.values().stream().filter(count -> count >= 2)).as("the three that failed once were sent again").hasSizeGreaterThanOrEqualTo(3);
        assertThat(requests).extracting(Received::text).anyMatch(body -> body.contains("Committed just before the outage"));
        assertThat(parley.count("select count(*) from outbox_events where published_at is null")).isZero();
        assertThat(parley.api().get("/v1/tickets", token).status()).isEqualTo(200);
        assertThat(parley.api().get("/api/integrations/webhooks", token).status()).isEqualTo(200);
        assertThat(parley.api().get("/v1/rooms", token).status()).isEqualTo(200);
        assertThat(parley.api().sendUnchecked("GET", "/ready", null, null, Map.of()).status()).isEqualTo(200);
    }

    private void openTicket(String subject) {
        ApiResponse opened = parley.api().post("/v1/tickets", token, "{\"subject\":\"" + subject + "\","
                + "\"customer\":{\"name\":\"Alice\",\"email\":\"alice@example.com\"},\"message\":\"Hello\",\"tags\":[]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    private void assertUnavailable(String path, String body) {
        long started = System.nanoTime();
        ApiResponse response = parley.api().send("GET", path, token, null, Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(503);
        assertThat(response.body()).isEqualTo(body);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(took).as("answered without hanging on the pool").isLessThan(Duration.ofSeconds(15));
    }


}
