package dev.parley.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.ParleyServer;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.RunningParley;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RateLimitApiTest {
    private static RunningParley parley;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        parley.createOrganization("busy");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static String tokenLimitedTo(int limit) {
        return parley.cli("tokens", "create", "--org", "busy", "--name", "limited", "--abilities", "tickets:read",
                "--rate-limit", Integer.toString(limit)).get(0);
    }

    @Test
    void refusesTheRequestAfterTheLimitWithRetryAfterInTheSurfacesFormat() {
        String token = tokenLimitedTo(5);
        List<ApiResponse> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            responses.add(parley.api().get("/v1/tickets", token));
        }

        assertThat(responses.subList(0, 5)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(responses.stream().map(r -> r.header("X-RateLimit-Remaining")).toList()).containsExactly("4", "3", "2", "1", "0", "0");
        ApiResponse refused = responses.get(5);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(55L, 60L);
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"default\";q=5;w=60");
    }

    @Test
    void twoServerProcessesShareOneBudget() throws Exception {
        String token = tokenLimitedTo(20);
        ParleyServer second = parley.startSecondServer();
        try {
            List<ApiClient> clients = List.of(parley.api(), new ApiClient(second.port()));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ApiClient client = clients.get(i % 2);
                statuses.add(pool.submit(() -> client.get("/v1/tickets", token).status()));
            }
            int admitted = 0;
            int refused = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                if (code == 200) {
                    admitted++;
                } else if (code == 429) {
                    refused++;
                }
            }
            pool.shutdown();

            assertThat(admitted).isEqualTo(20);
            assertThat(refused).isEqualTo(20);
        } finally {
            second.close();
        }
    }
}
