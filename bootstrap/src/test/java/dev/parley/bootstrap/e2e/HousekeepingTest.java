package dev.parley.bootstrap.e2e;

import dev.parley.bootstrap.support.Waiting;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.RunningParley;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Research notes REL-6 against a real server: the scheduled housekeeping deletes what the retention policy calls old in
 * every store, and leaves everything still in use.
 */
class HousekeepingTest {
    private static final String EXPORTS = "/api/integrations/exports";
    private RunningParley parley;
    private long org;

    @BeforeEach
    void start() {
        parley = RunningParley.start(Map.of("PARLEY_HOUSEKEEPING_INTERVAL", "1s", "PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32"));
        parley.createOrganization("acme");
        org = ((Number) parley.value("select id from organizations where slug = 'acme'")).longValue();
    }

    @AfterEach
    void stop() {
        parley.close();
    }

    @Test
    void old_events_deliveries_keys_and_windows_go_while_young_and_unfinished_ones_stay() {
        parley.execute("insert into outbox_events (organization_id, type, payload, occurred_at, published_at) values"
                + " (?, 'old.published', '{}', now() - interval '9 days', now() - interval '8 days'),"
                + " (?, 'young.published', '{}', now() - interval '6 days', now() - interval '6 days')", org, org);
        String token = parley.token("acme", "webhooks:manage");
        ApiResponse webhook = parley.api().post("/api/integrations/webhooks", token,
                "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"ticket.created\"]}");
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
        long webhookId = webhook.json().get("data").get("id").asLong();
        UUID oldDelivery = delivery(webhookId, "succeeded", "31 days");
        UUID youngDelivery = delivery(webhookId, "failed", "29 days");
        UUID pendingDelivery = delivery(webhookId, "pending", null);
        parley.execute("insert into webhook_attempts (delivery_id, attempt_no, organization_id, webhook_id, message_id, event_type,"
                + " started_at, status_code, latency_ms, response_excerpt, test) select id, 1, organization_id, webhook_id, message_id,"
                + " event_type, created_at, 200, 5, '', false from webhook_deliveries");
        parley.execute("insert into idempotency_records (organization_id, scope, key, request_hash, status, body, created_at) values"
                + " (?, 'tickets.create', 'old', 'h', 201, '{}', now() - interval '25 hours'),"
                + " (?, 'tickets.create', 'young', 'h', 201, '{}', now() - interval '23 hours')", org, org);
        parley.execute("insert into rate_limit_windows (key, admitted, updated_at) values"
                + " ('sign-in:old@example.com', '{}', now() - interval '2 hours'), ('sign-in:young@example.com', '{}', now() - interval '10 minutes')");

        Waiting.until(Duration.ofSeconds(30), () -> parley.count("select count(*) from outbox_events where type = 'old.published'") == 0
                && parley.count("select count(*) from webhook_deliveries where id = ?", oldDelivery) == 0
                && parley.count("select count(*) from idempotency_records where key = 'old'") == 0
                && parley.count("select count(*) from rate_limit_windows where key = 'sign-in:old@example.com'") == 0, "housekeeping did not get there");

        assertThat(parley.count("select count(*) from outbox_events where type = 'young.published'")).isEqualTo(1);
        assertThat(parley.count("select count(*) from webhook_deliveries where id in (?, ?)", youngDelivery, pendingDelivery)).isEqualTo(2);
        assertThat(parley.count("select count(*) from webhook_attempts")).as("the old delivery's attempt went with it").isEqualTo(2);
        assertThat(parley.count("select count(*) from idempotency_records where key = 'young'")).isEqualTo(1);
        assertThat(parley.count("select count(*) from rate_limit_windows where key = 'sign-in:young@example.com'")).isEqualTo(1);
    }

    @Test
    void an_expired_export_loses_its_file_but_keeps_answering_410_and_stray_drafts_go() throws Exception {
        String token = parley.token("acme", "exports:manage");
        ApiResponse created = parley.api().post(EXPORTS, token, "{\"type\": \"tickets\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long id = created.json().get("data").get("id").asLong();
        Waiting.until(Duration.ofSeconds(30), () -> "succeeded".equals(parley.api().get(EXPORTS + "/" + id, token).json().get("data").get("status").asText()),
                "the export succeeded");
        Path exports = parley.config().dataDir().resolve("exports");
        Path published = exports.resolve(id + ".csv");
        assertThat(published).exists();
        Path strayOfFinishedJob = Files.writeString(exports.resolve(id + "-4242.csv.part"), "id\r\n");
        Files.setLastModifiedTime(strayOfFinishedJob, FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));
        Path draftOfUnknownJob = Files.writeString(exports.resolve("999999999999-1.csv.part"), "id\r\n");
        try {
            Waiting.until(Duration.ofSeconds(30), () -> !Files.exists(strayOfFinishedJob), "housekeeping did not get there");
            assertThat(published).as("not expired yet").exists();

            parley.execute("update export_jobs set expires_at = now() - interval '1 second' where id = ?", id);
            Waiting.until(Duration.ofSeconds(30), () -> !Files.exists(published), "housekeeping did not get there");

            JsonNode job = parley.api().get(EXPORTS + "/" + id, token).json().get("data");
            assertThat(job.get("status").asText()).isEqualTo("expired");
            assertThat(parley.api().get(EXPORTS + "/" + id + "/download", token).status()).isEqualTo(410);
            assertThat(draftOfUnknownJob).as("a fresh draft of a job this database does not know").exists();
        } finally {
            Files.deleteIfExists(draftOfUnknownJob);
        }
    }

    private UUID delivery(long webhook, String status, String finishedAgo) {
        UUID id = UUID.randomUUID();
        parley.execute("insert into webhook_deliveries (id, organization_id, webhook_id, event_id, event_type, message_id, body, status,"
                + " attempts, next_attempt_at, created_at, finished_at) values (?, ?, ?, ?, 'ticket.created', ?, '\\x7b7d'::bytea, ?, 1,"
                + " now() + interval '1 day', now() - interval '40 days', " + (finishedAgo == null ? "null" : "now() - interval '" + finishedAgo + "'")
                + ")", id, org, webhook, UUID.randomUUID(), "msg_" + id.toString().replace("-", ""), status);
        return id;
    }

}
