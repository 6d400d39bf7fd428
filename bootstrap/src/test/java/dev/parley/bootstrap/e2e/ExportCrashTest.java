package dev.parley.bootstrap.e2e;

import dev.parley.bootstrap.support.Waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.ChildParley;
import dev.parley.bootstrap.support.RunningParley;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Research notes CSV-1 against a real server killed with SIGKILL in the middle of a large export: the job is rerun
 * once its lease runs out, the file finally served is whole (its row count and checksum match), nothing is served
 * before the job succeeded, and the draft the dead run left behind is removed by housekeeping.
 */
class ExportCrashTest {
    private static final String EXPORTS = "/api/integrations/exports";
    private static final int TICKETS = 600_000;
    /** Longer than the rerun takes on a busy machine, so the rerun is not itself taken over. */
    private static final String LEASE = "60s";
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private RunningParley parley;
    private String token;

    @BeforeEach
    void start() {
        parley = RunningParley.start(Map.of("PARLEY_EXPORT_LEASE", LEASE, "PARLEY_HOUSEKEEPING_INTERVAL", "1s"));
        parley.createOrganization("acme");
        token = parley.token("acme", "exports:manage");
        long org = ((Number) parley.value("select id from organizations where slug = 'acme'")).longValue();
        parley.execute("insert into tickets (id, organization_id, channel, status, subject, customer_name, customer_email, tags,"
                + " created_at, updated_at, version) select gen_random_uuid(), ?, 'api', 'open', 'Ticket number ' || n || ', with a comma',"
                + " 'Customer ' || n, 'customer' || n || '@example.com', '{vip,billing}', now() - make_interval(secs => n), now(), 1"
                + " from generate_series(1, ?) n", org, TICKETS);
    }

    @AfterEach
    void stop() {
        parley.close();
    }

    @Test
    void an_export_killed_mid_way_is_rerun_after_its_lease_and_only_ever_served_whole() throws Exception {
        Path exports = parley.config().dataDir().resolve("exports");
        long[] job = new long[1];
        String[] leftBehind = new String[1];

        parley.restart(() -> {
            ChildParley child = ChildParley.start(parley.config(), Map.of());
            ApiResponse created = child.api().post(EXPORTS, token, "{\"type\": \"tickets\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(202);
            job[0] = created.json().get("data").get("id").asLong();
            Waiting.until(PATIENCE, () -> "running".equals(status(job[0])) && drafts(exports, job[0]).stream().anyMatch(ExportCrashTest::hasRows),
                    "the export is running and its draft has rows");
            assertThat(child.api().get(EXPORTS + "/" + job[0] + "/download", token).status()).isEqualTo(409);
            child.kill();
            assertThat(status(job[0])).as("killed mid-way, not after finishing; seed more tickets if this fails").isEqualTo("running");
            List<Path> drafts = drafts(exports, job[0]);
            assertThat(drafts).hasSize(1);
            assertThat(Files.exists(exports.resolve(job[0] + ".csv"))).isFalse();
            leftBehind[0] = drafts.get(0).getFileName().toString();
        });

        while (!"succeeded".equals(status(job[0]))) {
            ApiResponse early = parley.api().get(EXPORTS + "/" + job[0] + "/download", token);
            if (!"succeeded".equals(status(job[0]))) {
                assertThat(early.status()).as("nothing is served before the job succeeded").isEqualTo(409);
            }
            assertThat(status(job[0])).isIn("running", "succeeded");
            Thread.sleep(250);
        }
        assertThat(((Number) parley.value("select run from export_jobs where id = ?", job[0])).intValue()).isGreaterThanOrEqualTo(2);

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + parley.port() + EXPORTS + "/" + job[0] + "/download"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] body = download.body();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)))
                .isEqualTo(parley.value("select sha256 from export_jobs where id = ?", job[0]));
        assertThat(body.length).isEqualTo(((Number) parley.value("select size_bytes from export_jobs where id = ?", job[0])).longValue());
        assertThat(parley.value("select row_count from export_jobs where id = ?", job[0])).isEqualTo((long) TICKETS);
        assertThat(lines(body)).isEqualTo(TICKETS + 1);

        Waiting.until(PATIENCE, () -> !Files.exists(exports.resolve(leftBehind[0])), "housekeeping removed the dead run's draft " + leftBehind[0]);
        assertThat(drafts(exports, job[0])).isEmpty();
    }

    private String status(long id) {
        return (String) parley.value("select status from export_jobs where id = ?", id);
    }

    private static List<Path> drafts(Path exports, long id) {
        if (!Files.isDirectory(exports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(exports)) {
            return files.filter(file -> file.getFileName().toString().startsWith(id + "-") && file.toString().endsWith(".csv.part")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasRows(Path draft) {
        try {
            return Files.size(draft) > 64 * 1024;
        } catch (IOException gone) {
            return false;
        }
    }

    private static long lines(byte[] csv) {
        long lines = 0;
        for (int i = 1; i < csv.length; i++) {
            if (csv[i - 1] == '\r' && csv[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

}
