package dev.parley.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.RunningParley;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Breaks the database under a running server to see an unexpected failure answered as the reference says. */
class ServerErrorApiTest {
    private static RunningParley parley;
    private static String token;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        parley.createOrganization("fragile");
        token = parley.token("fragile", "*");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    @Test
    void anUnexpectedFailureIsA500InTheSurfacesFormatWithoutInternals() {
        parley.execute("alter table tickets rename to tickets_elsewhere");
        try {
            ApiResponse helpdesk = parley.api().get("/v1/tickets", token);
            ApiResponse b2b = parley.api().get("/api/auth/me", token);

            assertThat(helpdesk.status()).isEqualTo(500);
            assertThat(helpdesk.json().get("error").get("code").asText()).isEqualTo("internal_error");
            assertThat(helpdesk.body()).doesNotContain("tickets").doesNotContain("SQL").doesNotContain("Exception");
            assertThat(helpdesk.header("X-Request-Id")).isNotBlank();
            assertThat(b2b.status()).isEqualTo(200);
        } finally {
            parley.execute("alter table tickets_elsewhere rename to tickets");
        }
        assertThat(parley.api().get("/v1/tickets", token).status()).isEqualTo(200);
    }
}
