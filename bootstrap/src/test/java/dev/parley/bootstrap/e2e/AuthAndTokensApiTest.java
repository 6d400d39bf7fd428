package dev.parley.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.RunningParley;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthAndTokensApiTest {
    private static final String TOKEN_SHAPE = "^\\d+\\|[A-Za-z0-9]{40}[0-9a-f]{8}$";
    private static RunningParley parley;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("school");
        parley.createOrganization("rival");
        admin = parley.token("school", "*");
        parley.cli("users", "create", "--org", "school", "--email", "ana@school.test", "--name", "Ana", "--role", "instructor",
                "--password", "correct horse battery");
        parley.cli("users", "create", "--org", "school", "--email", "kim@school.test", "--name", "Kim", "--role", "agent",
                "--password", "another good one");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static ApiResponse signIn(String email, String password) {
        return api.post("/api/auth/sign-in", null, "{\"email\":" + ApiClient.quote(email) + ",\"password\":" + ApiClient.quote(password) + "}");
    }

    @Test
    void signInGivesATokenWithTheRolesAbilities() {
        ApiResponse signedIn = signIn("ana@school.test", "correct horse battery");

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        JsonNode data = signedIn.json().get("data");
        assertThat(data.get("token").asText()).matches(TOKEN_SHAPE);
        assertThat(data.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(data.get("user").get("role").asText()).isEqualTo("instructor");
        assertThat(StreamSupport.stream(data.get("abilities").spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrder("courses:read", "courses:write", "progress:read", "stats:read");

        JsonNode me = api.get("/api/auth/me", data.get("token").asText()).json().get("data");
        assertThat(me.get("user").get("email").asText()).isEqualTo("ana@school.test");
        assertThat(me.get("organization").get("slug").asText()).isEqualTo("school");
        assertThat(me.get("token").get("last_used_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
    }

    @Test
    void anAgentsSignInTokenWorksOnTheHelpdeskButNotForTokens() {
        String token = signIn("kim@school.test", "another good one").json().get("data").get("token").asText();

        assertThat(api.get("/v1/tickets", token).status()).isEqualTo(200);
        assertThat(api.get("/api/integrations/tokens", token).status()).isEqualTo(403);
    }

    @Test
    void aPersonSetsTheirTimeZoneWhichStartsAsUtc() {
        parley.cli("users", "create", "--org", "school", "--email", "zoe@school.test", "--name", "Zoë", "--role", "learner",
                "--password", "zones are fun");
        String token = signIn("zoe@school.test", "zones are fun").json().get("data").get("token").asText();

        JsonNode before = api.get("/api/auth/me", token).json().get("data").get("user");
        ApiResponse changed = api.patch("/api/auth/me", token, "{\"time_zone\": \"Asia/Kathmandu\", \"name\": \"ignored\"}");
        ApiResponse unchanged = api.patch("/api/auth/me", token, "{}");

        assertThat(before.get("time_zone").asText()).isEqualTo("UTC");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("data").get("user").get("time_zone").asText()).isEqualTo("Asia/Kathmandu");
        assertThat(changed.json().get("data").get("user").get("name").asText()).isEqualTo("Zoë");
        assertThat(unchanged.json().get("data").get("user").get("time_zone").asText()).isEqualTo("Asia/Kathmandu");
        assertThat(api.get("/api/auth/me", token).json().get("data").get("user").get("time_zone").asText()).isEqualTo("Asia/Kathmandu");
        assertThat(parley.count("select count(*) from users where email = 'zoe@school.test' and time_zone = 'Asia/Kathmandu'"))
                .isEqualTo(1);
    }

    @Test
    void aTimeZoneMustBeAnIanaNameAndAnIntegrationTokenHasNone() {
        String token = parley.userToken("school", "ana@school.test", "courses:read");

        for (String body : List.of("{\"time_zone\": \"+02:00\"}", "{\"time_zone\": \"europe/berlin\"}", "{\"time_zone\": null}",
                "{\"time_zone\": 2}", "{\"time_zone\": \"\"}")) {
            ApiResponse refused = api.patch("/api/auth/me", token, body);
            assertThat(refused.status()).as(body).isEqualTo(422);
            assertThat(refused.json().get("errors").has("time_zone")).as(refused.body()).isTrue();
        }
        ApiResponse integration = api.patch("/api/auth/me", admin, "{\"time_zone\": \"Europe/Berlin\"}");
        assertThat(integration.status()).isEqualTo(403);
        assertThat(integration.json().get("message").asText()).contains("belongs to no user");
        assertThat(api.patch("/api/auth/me", null, "{\"time_zone\": \"Europe/Berlin\"}").status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", token).json().get("data").get("user").get("time_zone").asText()).isEqualTo("UTC");
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlike() {
        ApiResponse wrongPassword = signIn("ana@school.test", "not her password");
        ApiResponse unknownUser = signIn("nobody@school.test", "not her password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    }

    @Test
    void signInIsThrottledPerAccount() {
        parley.cli("users", "create", "--org", "school", "--email", "target@school.test", "--name", "T", "--role", "learner",
                "--password", "the real password");
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            ApiResponse attempt = signIn("target@school.test", "guess " + i);
            if (attempt.status() == 429) {
                refused++;
                assertThat(Long.parseLong(attempt.header("Retry-After"))).isBetween(1L, 60L);
                assertThat(attempt.json().get("message").asText()).isNotBlank();
            } else {
                assertThat(attempt.status()).isEqualTo(401);
            }
        }

        assertThat(refused).isEqualTo(2);
        assertThat(signIn("target@school.test", "the real password").status()).isEqualTo(429);
    }

    @Test
    void signInValidatesItsInput() {
        ApiResponse missing = api.post("/api/auth/sign-in", null, "{\"email\":\"ana@school.test\"}");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").has("password")).isTrue();
    }

    @Test
    void aMalformedBodyIsA422WithErrorsLikeEveryOther() {
        ApiResponse malformed = api.post("/api/integrations/tokens", admin, "{not json");

        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("errors").has("body")).isTrue();
    }

    @Test
    void createsListsAndRevokesTokens() {
        ApiResponse created = api.post("/api/integrations/tokens", admin,
                "{\"name\":\"LMS sync\",\"abilities\":[\"courses:read\",\"tickets:read\"]}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode token = created.json().get("data");
        String plain = token.get("token").asText();
        assertThat(plain).matches(TOKEN_SHAPE);
        assertThat(api.get("/v1/tickets", plain).status()).isEqualTo(200);

        JsonNode list = api.get("/api/integrations/tokens?per_page=100", admin).json();
        assertThat(list.get("meta").get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(list.get("data").toString()).doesNotContain(plain.substring(plain.indexOf('|') + 1));
        assertThat(StreamSupport.stream(list.get("data").spliterator(), false).map(t -> t.get("name").asText())).contains("LMS sync");

        ApiResponse revoked = api.delete("/api/integrations/tokens/" + token.get("id").asLong(), admin);
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api.get("/v1/tickets", plain).status()).isEqualTo(401);
        assertThat(api.delete("/api/integrations/tokens/" + token.get("id").asLong(), admin).status()).isEqualTo(404);
    }

    @Test
    void aNewTokenCannotExceedItsCreator() {
        String limited = parley.token("school", "tokens:manage,tickets:read");

        ApiResponse escalation = api.post("/api/integrations/tokens", limited, "{\"name\":\"x\",\"abilities\":[\"tickets:write\"]}");
        ApiResponse wildcard = api.post("/api/integrations/tokens", limited, "{\"name\":\"x\",\"abilities\":[\"*\"]}");
        ApiResponse subset = api.post("/api/integrations/tokens", limited, "{\"name\":\"x\",\"abilities\":[\"tickets:read\"]}");

        assertThat(escalation.status()).isEqualTo(403);
        assertThat(wildcard.status()).isEqualTo(403);
        assertThat(subset.status()).isEqualTo(201);
    }

    @Test
    void unknownAbilitiesAndBadInputAre422WithFieldErrors() {
        long before = parley.count("select count(*) from api_tokens");

        ApiResponse unknown = api.post("/api/integrations/tokens", admin, "{\"name\":\"x\",\"abilities\":[\"tickets:delete\"]}");
        ApiResponse noName = api.post("/api/integrations/tokens", admin, "{\"abilities\":[\"tickets:read\"]}");
        ApiResponse pastExpiry = api.post("/api/integrations/tokens", admin,
                "{\"name\":\"x\",\"abilities\":[\"tickets:read\"],\"expires_at\":\"2001-01-01T00:00:00Z\"}");
        ApiResponse badExpiry = api.post("/api/integrations/tokens", admin,
                "{\"name\":\"x\",\"abilities\":[\"tickets:read\"],\"expires_at\":\"tomorrow\"}");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").has("abilities")).isTrue();
        assertThat(noName.json().get("errors").has("name")).isTrue();
        assertThat(pastExpiry.json().get("errors").has("expires_at")).isTrue();
        assertThat(badExpiry.status()).isEqualTo(422);
        assertThat(parley.count("select count(*) from api_tokens")).isEqualTo(before);
    }

    @Test
    void expiredAndRevokedTokensAreUnauthorizedOnTheNextRequest() {
        String expiring = parley.token("school", "tickets:read");
        assertThat(api.get("/v1/tickets", expiring).status()).isEqualTo(200);

        parley.execute("update api_tokens set expires_at = now() - interval '1 second' where id = ?",
                Long.parseLong(expiring.substring(0, expiring.indexOf('|'))));

        assertThat(api.get("/v1/tickets", expiring).status()).isEqualTo(401);
    }

    @Test
    void anotherOrganizationsTokenCannotBeRevoked() {
        String rivalAdmin = parley.token("rival", "*");
        long mine = Long.parseLong(admin.substring(0, admin.indexOf('|')));

        assertThat(api.delete("/api/integrations/tokens/" + mine, rivalAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/auth/me", admin).status()).isEqualTo(200);
    }

    @Test
    void b2bErrorsUseLaravelsShape() {
        ApiResponse unauthenticated = api.get("/api/auth/me", null);
        ApiResponse forbidden = api.get("/api/integrations/tokens", parley.token("school", "tickets:read"));

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json().get("message").asText()).isEqualTo("Unauthenticated.");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("message").asText()).isNotBlank();
        ApiResponse unknown = api.sendUnchecked("GET", "/api/nothing-here", admin, null, Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isNotBlank();
    }

    @Test
    void replaysAnIdempotentTokenCreation() {
        Map<String, String> key = Map.of("Idempotency-Key", "token-once");
        String body = "{\"name\":\"once\",\"abilities\":[\"tickets:read\"]}";

        ApiResponse first = api.send("POST", "/api/integrations/tokens", admin, body, key);
        ApiResponse replay = api.send("POST", "/api/integrations/tokens", admin, body, key);
        ApiResponse other = api.send("POST", "/api/integrations/tokens", admin, "{\"name\":\"twice\",\"abilities\":[\"tickets:read\"]}", key);

        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(409);
        assertThat(parley.count("select count(*) from api_tokens where name = 'once'")).isEqualTo(1);
        String plain = first.json().get("data").get("token").asText();
        assertThat(parley.count("select count(*) from idempotency_records where key = 'token-once'")).isEqualTo(1);
        assertThat(parley.count("select count(*) from idempotency_records where position(? in body) > 0",
                plain.substring(plain.indexOf('|') + 1))).isZero();
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        String plain = api.post("/api/integrations/tokens", admin, "{\"name\":\"hashed\",\"abilities\":[\"tickets:read\"]}")
                .json().get("data").get("token").asText();
        String secret = plain.substring(plain.indexOf('|') + 1);

        assertThat(parley.count("select count(*) from api_tokens where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')", secret)).isEqualTo(1);
        assertThat(parley.count("select count(*) from api_tokens where token_hash = ?", secret)).isZero();
    }

    @Test
    void theOpenApiDocumentsAreServed() {
        for (String surface : List.of("helpdesk", "b2b")) {
            ApiResponse document = api.sendUnchecked("GET", "/openapi/" + surface + ".json", null, null, Map.of());
            assertThat(document.status()).isEqualTo(200);
            assertThat(document.json().get("openapi").asText()).startsWith("3.");
        }
        assertThat(api.sendUnchecked("GET", "/health", null, null, Map.of()).status()).isEqualTo(200);
        assertThat(api.sendUnchecked("GET", "/ready", null, null, Map.of()).status()).isEqualTo(200);
        assertThat(api.sendUnchecked("GET", "/metrics", null, null, Map.of()).body()).contains("parley_http_requests_total");
    }
}
