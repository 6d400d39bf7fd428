package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.outbound.crypto.AesGcmSecretCipher;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.RunningParley;
import dev.parley.bootstrap.support.StoredWebhookSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Webhook management over {@code /api/integrations/webhooks}: every route, rule, tenancy, ability and the secret at rest. */
class WebhookManagementApiTest {
    private static final String WEBHOOKS = "/api/integrations/webhooks";
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z";
    private static final String SECRET = "whsec_[A-Za-z0-9+/]{43}=";
    private static final String CRM = "https://crm.example.com/parley/webhooks";
    private static RunningParley parley;
    private static ApiClient api;
    private static String manager;
    private static int organizations;

    @BeforeAll
    static void start() {
        parley = RunningParley.start(Map.of("PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32"));
        api = parley.api();
        manager = manager();
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    /** A token with webhooks:manage in a new organization of its own, so lists and limits start empty. */
    private static String manager() {
        String slug = "school-" + ++organizations;
        parley.createOrganization(slug);
        return parley.token(slug, "webhooks:manage");
    }

    private static String body(String url, String events) {
        return "{\"url\": " + quote(url) + ", \"events\": " + events + "}";
    }

    private static JsonNode create(String token, String json) {
        ApiResponse response = api.post(WEBHOOKS, token, json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("data");
    }

    private static JsonNode create(String token) {
        return create(token, body(CRM, "[\"ticket.created\"]"));
    }

    private static String path(JsonNode webhook) {
        return WEBHOOKS + "/" + webhook.get("id").asLong();
    }

    private static ApiResponse put(String path, String token, String json) {
        return api.send("PUT", path, token, json, Map.of());
    }

    private static ApiResponse rotate(String path, String token) {
        return api.post(path + "/secret:rotate", token, null);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("data").spliterator(), false).map(w -> w.get("id").asLong()).toList();
    }

    private static void assertInvalid(ApiResponse response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(field)).as(response.body()).isNotNull();
        assertThat(response.json().get("errors").get(field).get(0).asText()).isEqualTo(message);
        assertThat(response.json().get("message").asText()).isEqualTo(message);
    }

    private static byte[] storedBytes(String column, long id) {
        return (byte[]) parley.value("select " + column + " from webhooks where id = ?", id);
    }

    private static long organizationOf(long webhookId) {
        return parley.count("select organization_id from webhooks where id = ?", webhookId);
    }

    /** Whether {@code stored} holds the secret in any plain form: its text, the 32 bytes after whsec_, or their hex. */
    private static boolean revealsSecret(byte[] stored, String secret) {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        return text.contains(secret) || text.contains(secret.substring("whsec_".length()))
                || text.contains(new String(key, StandardCharsets.ISO_8859_1)) || text.contains(HexFormat.of().formatHex(key));
    }

    @Test
    void createsAWebhookAndShowsItsSecretOnlyInTheAnswer() {
        JsonNode created = create(manager, """
                {"url": "%s", "events": ["ticket.created", "room.message.created"], "description": "  CRM sync  "}""".formatted(CRM));

        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.get("url").asText()).isEqualTo(CRM);
        assertThat(texts(created.get("events"))).containsExactly("ticket.created", "room.message.created");
        assertThat(created.get("description").asText()).isEqualTo("CRM sync");
        assertThat(created.get("active").asBoolean()).isTrue();
        assertThat(created.get("deactivated_reason").isNull()).isTrue();
        assertThat(created.get("secret_rotated_at").isNull()).isTrue();
        assertThat(created.get("created_at").asText()).matches(TIMESTAMP);
        assertThat(created.get("updated_at").asText()).isEqualTo(created.get("created_at").asText());
        assertThat(created.get("secret").asText()).matches(SECRET);
        JsonNode shown = api.get(path(created), manager).json().get("data");
        assertThat(shown.has("secret")).isFalse();
        ((ObjectNode) created).remove("secret");
        assertThat(shown).isEqualTo(created);
        assertThat(api.get(WEBHOOKS, manager).body()).doesNotContain("whsec_");
    }

    @Test
    void everyWebhookHasItsOwnSecretStoredEncrypted() {
        JsonNode first = create(manager);
        JsonNode second = create(manager);
        String secret = first.get("secret").asText();

        assertThat(second.get("secret").asText()).isNotEqualTo(secret);
        byte[] stored = storedBytes("secret_sealed", first.get("id").asLong());
        assertThat(stored).hasSizeGreaterThan(32);
        assertThat(revealsSecret(stored, secret)).isFalse();
        assertThat(parley.count("select count(*) from webhooks where position(convert_to(?, 'UTF8') in secret_sealed) > 0", secret))
                .isZero();
        assertThat(StoredWebhookSecrets.open(parley.config(), organizationOf(first.get("id").asLong()), first.get("id").asLong()))
                .containsExactly(secret);
    }

    @Test
    void aWebhookForEveryEventWithoutADescriptionCanBeCreatedPaused() {
        JsonNode created = create(manager, "{\"url\": \"https://hooks.example.com/all\", \"events\": [\"*\"], \"active\": false, "
                + "\"description\": null}");

        assertThat(texts(created.get("events"))).containsExactly("*");
        assertThat(created.get("description").isNull()).isTrue();
        assertThat(created.get("active").asBoolean()).isFalse();
        assertThat(created.get("deactivated_reason").isNull()).isTrue();
    }

    @Test
    void serverOwnedFieldsInTheBodyAreIgnored() {
        JsonNode created = create(manager, """
                {"url": "%s", "events": ["poll.opened"], "id": 7, "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwC9XfTkUrDIg=",
                 "deactivated_reason": "gone", "created_at": "2000-01-01T00:00:00.000000Z"}""".formatted(CRM));

        assertThat(created.get("id").asLong()).isNotEqualTo(7);
        assertThat(created.get("secret").asText()).isNotEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwC9XfTkUrDIg=");
        assertThat(created.get("deactivated_reason").isNull()).isTrue();
        assertThat(created.get("created_at").asText()).doesNotStartWith("2000");
    }

    @Test
    void listsNewestFirstOnePageAtATimeWithoutSecrets() {
        String token = manager();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(create(token).get("id").asLong());
        }

        JsonNode first = api.get(WEBHOOKS + "?per_page=2", token).json();
        JsonNode second = api.get(WEBHOOKS + "?per_page=2&page=2", token).json();

        assertThat(ids(first)).containsExactly(made.get(2), made.get(1));
        assertThat(ids(second)).containsExactly(made.get(0));
        assertThat(first.get("meta").get("total").asLong()).isEqualTo(3);
        assertThat(first.get("meta").get("last_page").asLong()).isEqualTo(2);
        assertThat(first.get("links").get("next").asText()).endsWith("page=2");
        assertThat(first.get("data").get(0).has("secret")).isFalse();
        assertThat(api.get(WEBHOOKS + "?per_page=101", token).status()).isEqualTo(422);
        assertThat(api.get(WEBHOOKS, manager()).json().get("meta").get("total").asLong()).isZero();
    }

    @Test
    void patchChangesOnlyTheFieldsGiven() {
        JsonNode created = create(manager, """
                {"url": "%s", "events": ["ticket.created"], "description": "Kept"}""".formatted(CRM));
        String path = path(created);

        JsonNode events = api.patch(path, manager, "{\"events\": [\"lesson.completed\", \"course.completed\"]}").json().get("data");
        JsonNode paused = api.patch(path, manager, "{\"active\": false}").json().get("data");
        JsonNode moved = api.patch(path, manager, "{\"url\": \"https://crm.example.com/v2\", \"description\": null}").json().get("data");
        JsonNode resumed = api.patch(path, manager, "{\"active\": true, \"description\": \"Back\"}").json().get("data");
        JsonNode unchanged = api.patch(path, manager, "{}").json().get("data");

        assertThat(texts(events.get("events"))).containsExactly("lesson.completed", "course.completed");
        assertThat(events.get("url").asText()).isEqualTo(CRM);
        assertThat(events.get("description").asText()).isEqualTo("Kept");
        assertThat(events.get("active").asBoolean()).isTrue();
        assertThat(events.get("updated_at").asText()).isGreaterThan(created.get("updated_at").asText());
        assertThat(paused.get("active").asBoolean()).isFalse();
        assertThat(paused.get("deactivated_reason").isNull()).isTrue();
        assertThat(moved.get("url").asText()).isEqualTo("https://crm.example.com/v2");
        assertThat(moved.get("description").isNull()).isTrue();
        assertThat(moved.get("active").asBoolean()).isFalse();
        assertThat(resumed.get("active").asBoolean()).isTrue();
        assertThat(resumed.get("description").asText()).isEqualTo("Back");
        assertThat(texts(resumed.get("events"))).containsExactly("lesson.completed", "course.completed");
        assertThat(unchanged).isEqualTo(resumed);
        assertThat(api.get(path, manager).json().get("data")).isEqualTo(resumed);
    }

    @Test
    void putSetsEveryFieldAndDefaultsTheOnesLeftOut() {
        JsonNode created = create(manager, """
                {"url": "%s", "events": ["ticket.created"], "description": "Dropped", "active": false}""".formatted(CRM));
        String path = path(created);

        ApiResponse replaced = put(path, manager, body("https://crm.example.com/v3", "[\"*\"]"));
        ApiResponse withoutEvents = put(path, manager, "{\"url\": \"https://crm.example.com/v4\"}");
        ApiResponse withoutUrl = put(path, manager, "{\"events\": [\"*\"]}");

        assertThat(replaced.status()).isEqualTo(200);
        JsonNode data = replaced.json().get("data");
        assertThat(data.get("url").asText()).isEqualTo("https://crm.example.com/v3");
        assertThat(texts(data.get("events"))).containsExactly("*");
        assertThat(data.get("description").isNull()).isTrue();
        assertThat(data.get("active").asBoolean()).isTrue();
        assertThat(data.has("secret")).isFalse();
        assertInvalid(withoutEvents, "events", "events is required");
        assertInvalid(withoutUrl, "url", "url is required");
        assertThat(api.get(path, manager).json().get("data").get("url").asText()).isEqualTo("https://crm.example.com/v3");
    }

    @Test
    void turningAWebhookTheReceiversGoneSwitchedOffBackOnClearsTheReason() {
        JsonNode created = create(manager);
        parley.execute("update webhooks set active = false, deactivated_reason = 'gone' where id = ?", created.get("id").asLong());

        JsonNode gone = api.get(path(created), manager).json().get("data");
        JsonNode described = api.patch(path(created), manager, "{\"description\": \"Receiver moved\"}").json().get("data");
        JsonNode resumed = api.patch(path(created), manager, "{\"active\": true}").json().get("data");

        assertThat(gone.get("active").asBoolean()).isFalse();
        assertThat(gone.get("deactivated_reason").asText()).isEqualTo("gone");
        assertThat(described.get("deactivated_reason").asText()).isEqualTo("gone");
        assertThat(resumed.get("active").asBoolean()).isTrue();
        assertThat(resumed.get("deactivated_reason").isNull()).isTrue();
    }

    @Test
    void deletesAWebhook() {
        JsonNode created = create(manager);

        ApiResponse deleted = api.delete(path(created), manager);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get(path(created), manager).status()).isEqualTo(404);
        assertThat(api.delete(path(created), manager).status()).isEqualTo(404);
        assertThat(parley.count("select count(*) from webhooks where id = ?", created.get("id").asLong())).isZero();
    }

    @Test
    void rotatingAnswersANewSecretOnceAndKeepsTheOldOneSigningBesideIt() {
        JsonNode created = create(manager);
        String old = created.get("secret").asText();
        long id = created.get("id").asLong();

        ApiResponse rotated = rotate(path(created), manager);

        assertThat(rotated.status()).isEqualTo(200);
        JsonNode data = rotated.json().get("data");
        String fresh = data.get("secret").asText();
        assertThat(fresh).matches(SECRET).isNotEqualTo(old);
        assertThat(data.get("secret_rotated_at").asText()).matches(TIMESTAMP);
        assertThat(data.get("updated_at").asText()).isEqualTo(data.get("secret_rotated_at").asText());
        assertThat(data.get("id").asLong()).isEqualTo(id);
        JsonNode shown = api.get(path(created), manager).json().get("data");
        assertThat(shown.has("secret")).isFalse();
        assertThat(shown.get("secret_rotated_at")).isEqualTo(data.get("secret_rotated_at"));
        assertThat(StoredWebhookSecrets.open(parley.config(), organizationOf(id), id)).containsExactly(fresh, old);
        assertThat(revealsSecret(storedBytes("secret_sealed", id), fresh)).isFalse();
        assertThat(revealsSecret(storedBytes("previous_secret_sealed", id), old)).isFalse();
        assertThat(parley.count("select count(*) from webhooks where id = ? and previous_secret_valid_until "
                + "= secret_rotated_at + interval '24 hours'", id)).isEqualTo(1);

        String third = rotate(path(created), manager).json().get("data").get("secret").asText();
        assertThat(StoredWebhookSecrets.open(parley.config(), organizationOf(id), id)).containsExactly(third, fresh);
    }

    @Test
    void anIdempotentCreateReplaysTheSameSecretWithoutKeepingItInClear() {
        String token = manager();
        String json = body(CRM, "[\"room.created\"]");
        Map<String, String> key = Map.of("Idempotency-Key", "create-" + UUID.randomUUID());

        ApiResponse first = api.send("POST", WEBHOOKS, token, json, key);
        ApiResponse replay = api.send("POST", WEBHOOKS, token, json, key);
        ApiResponse otherBody = api.send("POST", WEBHOOKS, token, body(CRM, "[\"room.updated\"]"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(api.get(WEBHOOKS, token).json().get("meta").get("total").asLong()).isEqualTo(1);
        String secret = first.json().get("data").get("secret").asText();
        assertThat(parley.count("select count(*) from idempotency_records where key = ?", key.get("Idempotency-Key"))).isEqualTo(1);
        assertThat(parley.count("select count(*) from idempotency_records where position(? in body) > 0", secret)).isZero();
        assertThat(parley.count("select count(*) from idempotency_records where position(? in body) > 0",
                secret.substring("whsec_".length()))).isZero();
    }

    @Test
    void anIdempotentRotationReplaysTheSameNewSecret() {
        JsonNode created = create(manager);
        Map<String, String> key = Map.of("Idempotency-Key", "rotate-" + UUID.randomUUID());

        ApiResponse first = api.send("POST", path(created) + "/secret:rotate", manager, null, key);
        ApiResponse replay = api.send("POST", path(created) + "/secret:rotate", manager, null, key);

        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(StoredWebhookSecrets.open(parley.config(), organizationOf(created.get("id").asLong()), created.get("id").asLong()))
                .containsExactly(first.json().get("data").get("secret").asText(), created.get("secret").asText());
    }

    @Test
    void anOrganizationHasAtMostTwentyWebhooks() {
        String token = manager();
        List<JsonNode> made = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            made.add(create(token));
        }

        ApiResponse refused = api.post(WEBHOOKS, token, body(CRM, "[\"*\"]"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText())
                .isEqualTo("An organization can have at most 20 webhooks; delete one before adding another.");
        assertThat(api.get(WEBHOOKS, token).json().get("meta").get("total").asLong()).isEqualTo(20);
        assertThat(api.post(WEBHOOKS, manager(), body(CRM, "[\"*\"]")).status()).isEqualTo(201);
        api.delete(path(made.get(0)), token);
        assertThat(api.post(WEBHOOKS, token, body(CRM, "[\"*\"]")).status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain http to a public host     | http://crm.example.com/in         | url must use https (plain http only to an address allowed by PARLEY_OUTBOUND_ALLOW_CIDRS)
            another scheme                  | ftp://crm.example.com/in          | url must use https
            a relative URL                  | /hooks                            | url must be an absolute URL
            not a URL                       | https://exa mple.com/             | url must be a valid URL
            a user name and password        | https://ada:pw@crm.example.com/in | url must not contain a user name or password
            a private address               | https://10.0.0.1/in               | url must not point at a private, loopback, link-local or metadata address
            the cloud metadata address      | https://169.254.169.254/latest    | url must not point at a private, loopback, link-local or metadata address
            the IPv6 loopback               | https://[::1]/in                  | url must not point at a private, loopback, link-local or metadata address
            loopback outside the allow list | https://127.0.0.2/in              | url must not point at a private, loopback, link-local or metadata address
            a numeric host in disguise      | https://2130706433/in             | url must name its host with a domain name or a plain dotted-quad IPv4 address
            """)
    void refusesUrlsThatBreakARule(String name, String url, String message) {
        assertInvalid(api.post(WEBHOOKS, manager, body(url, "[\"*\"]")), "url", message);
    }

    @Test
    void refusesUrlsLongerThan2048CharactersAndAcceptsThatMany() {
        String prefix = "https://crm.example.com/";
        String longest = prefix + "a".repeat(2048 - prefix.length());

        assertThat(create(manager, body(longest, "[\"*\"]")).get("url").asText()).hasSize(2048);
        assertInvalid(api.post(WEBHOOKS, manager, body(longest + "a", "[\"*\"]")), "url", "url must not be longer than 2048 characters");
    }

    @Test
    void theOperatorsAllowListAdmitsPlainHttpToTheAddressesItNames() {
        JsonNode local = create(manager, body("http://127.0.0.1:9/parley", "[\"*\"]"));
        JsonNode named = create(manager, body("http://localhost:9/parley", "[\"*\"]"));

        assertThat(local.get("url").asText()).isEqualTo("http://127.0.0.1:9/parley");
        assertThat(named.get("url").asText()).isEqualTo("http://localhost:9/parley");
        assertInvalid(api.patch(path(local), manager, "{\"url\": \"http://127.0.0.2:9/\"}"), "url",
                "url must not point at a private, loopback, link-local or metadata address");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no events                   | []                                                  | events must list at least one event type, or "*" for all
            unknown types               | ["ticket.created", "ticket.deleted", "room.*", "x"] | events contains unknown event types: ticket.deleted, room.*, x
            a star with names           | ["*", "ticket.created"]                             | events must be ["*"] alone or a list of event types, not both
            a type twice                | ["poll.closed", "poll.closed"]                      | events lists event types more than once: poll.closed
            a string instead of a list  | "ticket.created"                                    | events must be an array of strings
            a number in the list        | ["ticket.created", 1]                               | events must be an array of strings
            """)
    void refusesEventListsThatBreakARule(String name, String events, String message) {
        assertInvalid(api.post(WEBHOOKS, manager, body(CRM, events)), "events", message);
    }

    @Test
    void refusesOtherFieldsThatBreakARule() {
        JsonNode created = create(manager);

        assertInvalid(api.post(WEBHOOKS, manager, "{\"events\": [\"*\"]}"), "url", "url is required");
        assertInvalid(api.post(WEBHOOKS, manager, "{\"url\": " + quote(CRM) + "}"), "events", "events is required");
        assertInvalid(api.post(WEBHOOKS, manager, "{\"url\": 42, \"events\": [\"*\"]}"), "url", "url must be a string");
        assertInvalid(api.post(WEBHOOKS, manager, "{\"url\": " + quote(CRM) + ", \"events\": [\"*\"], \"description\": "
                + quote("x".repeat(501)) + "}"), "description", "description must be at most 500 characters");
        assertInvalid(api.patch(path(created), manager, "{\"active\": \"yes\"}"), "active", "active must be a boolean");
        assertInvalid(api.patch(path(created), manager, "{\"description\": 5}"), "description", "description must be a string");
        assertInvalid(api.patch(path(created), manager, "{\"events\": []}"), "events",
                "events must list at least one event type, or \"*\" for all");
        assertThat(api.post(WEBHOOKS, manager, "[1]").status()).isEqualTo(422);
        assertThat(api.post(WEBHOOKS, manager, "{\"url\": ").status()).isEqualTo(422);
        assertThat(api.get(path(created), manager).json().get("data").get("active").asBoolean()).isTrue();
    }

    @Nested
    class Tenancy {
        @Test
        void anotherOrganizationsWebhookIsNotFoundForAnyRoute() {
            JsonNode theirs = create(manager());
            String path = path(theirs);
            String mine = manager();

            List<ApiResponse> answers = List.of(api.get(path, mine), put(path, mine, body(CRM, "[\"*\"]")),
                    api.patch(path, mine, "{\"active\": false}"), api.delete(path, mine), rotate(path, mine));

            assertThat(answers).extracting(ApiResponse::status).containsOnly(404);
            assertThat(answers.get(0).json().get("message").asText()).isEqualTo("webhook " + theirs.get("id").asLong() + " not found");
            assertThat(api.get(WEBHOOKS, mine).json().get("meta").get("total").asLong()).isZero();
            assertThat(parley.count("select count(*) from webhooks where id = ? and active and secret_rotated_at is null",
                    theirs.get("id").asLong())).isEqualTo(1);
        }

        @Test
        void anIdThatIsNotAPositiveNumberNamesNoWebhook() {
            for (String id : List.of("abc", "0", "-1", "99999999999999999999", "1.5")) {
                assertThat(api.get(WEBHOOKS + "/" + id, manager).status()).as(id).isEqualTo(404);
            }
            assertThat(api.patch(WEBHOOKS + "/12345", manager, "{}").status()).isEqualTo(404);
        }
    }

    @Nested
    class Abilities {
        @Test
        void everyRouteNeedsAToken() {
            JsonNode created = create(manager);
            String path = path(created);

            List<ApiResponse> answers = List.of(api.get(WEBHOOKS, null), api.post(WEBHOOKS, null, body(CRM, "[\"*\"]")),
                    api.get(path, null), put(path, null, body(CRM, "[\"*\"]")), api.patch(path, null, "{}"), api.delete(path, null),
                    rotate(path, null));

            assertThat(answers).extracting(ApiResponse::status).containsOnly(401);
        }

        @Test
        void everyRouteNeedsWebhooksManage() {
            JsonNode created = create(manager);
            String path = path(created);
            String slug = "school-" + ++organizations;
            parley.createOrganization(slug);
            String reader = parley.token(slug, "courses:read,courses:write,tokens:manage,exports:manage");

            List<ApiResponse> answers = List.of(api.get(WEBHOOKS, reader), api.post(WEBHOOKS, reader, body(CRM, "[\"*\"]")),
                    api.get(path, reader), put(path, reader, body(CRM, "[\"*\"]")), api.patch(path, reader, "{}"),
                    api.delete(path, reader), rotate(path, reader));

            assertThat(answers).extracting(ApiResponse::status).containsOnly(403);
            assertThat(parley.count("select count(*) from webhooks where organization_id = (select id from organizations where slug = ?)",
                    slug)).isZero();
        }

        @Test
        void aTokenWithEveryAbilityMayManageWebhooks() {
            String slug = "school-" + ++organizations;
            parley.createOrganization(slug);

            assertThat(api.post(WEBHOOKS, parley.token(slug, "*"), body(CRM, "[\"*\"]")).status()).isEqualTo(201);
        }
    }

    /** Servers of their own, to watch the key that seals secrets: kept under a fresh data directory, or given by the operator. */
    @Nested
    class SecretKey {
        private static Path freshDataDir() {
            return Path.of("target", "e2e-secret-key-" + UUID.randomUUID());
        }

        @Test
        void aKeyGeneratedUnderTheDataDirectoryOnlyForItsOwnerStillOpensSecretsAfterARestart() throws IOException {
            Path dataDir = freshDataDir();
            try (RunningParley own = RunningParley.start(Map.of("PARLEY_DATA_DIR", dataDir.toString()))) {
                own.createOrganization("keyed");
                String token = own.token("keyed", "webhooks:manage");
                Path keyFile = dataDir.resolve("secret.key");
                String key = Files.readString(keyFile);
                JsonNode created = own.api().post(WEBHOOKS, token, body(CRM, "[\"*\"]")).json().get("data");
                long id = created.get("id").asLong();
                String secret = created.get("secret").asText();
                byte[] sealed = (byte[]) own.value("select secret_sealed from webhooks where id = ?", id);

                assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                assertThat(Base64.getDecoder().decode(key.strip())).hasSize(32);
                assertThat(AesGcmSecretCipher.fromBase64(key).open(sealed)).isEqualTo(secret);
                assertThat(revealsSecret(sealed, secret)).isFalse();
                try (var leftovers = Files.list(dataDir)) {
                    assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("secret.key");
                }

                own.restart(() -> { });
                String rotated = own.api().post(WEBHOOKS + "/" + id + "/secret:rotate", token, null).json().get("data").get("secret")
                        .asText();

                assertThat(Files.readString(keyFile)).isEqualTo(key);
                long org = own.count("select organization_id from webhooks where id = ?", id);
                assertThat(StoredWebhookSecrets.open(own.config(), org, id)).containsExactly(rotated, secret);
                assertInvalid(own.api().post(WEBHOOKS, token, body("http://127.0.0.1:9/in", "[\"*\"]")), "url",
                        "url must not point at a private, loopback, link-local or metadata address");
            }
        }

        @Test
        void theOperatorsKeySealsSecretsAndNoKeyFileIsMade() {
            Path dataDir = freshDataDir();
            String operatorKey = Base64.getEncoder().encodeToString(AesGcmSecretCipher.generateKey());
            try (RunningParley own = RunningParley.start(Map.of("PARLEY_DATA_DIR", dataDir.toString(), "PARLEY_SECRET_KEY", operatorKey))) {
                own.createOrganization("operator");
                String token = own.token("operator", "webhooks:manage");
                JsonNode created = own.api().post(WEBHOOKS, token, body(CRM, "[\"*\"]")).json().get("data");
                byte[] sealed = (byte[]) own.value("select secret_sealed from webhooks where id = ?", created.get("id").asLong());

                assertThat(AesGcmSecretCipher.fromBase64(operatorKey).open(sealed)).isEqualTo(created.get("secret").asText());
                assertThat(Files.exists(dataDir.resolve("secret.key"))).isFalse();
                String otherKey = Base64.getEncoder().encodeToString(AesGcmSecretCipher.generateKey());
                assertThatThrownBy(() -> AesGcmSecretCipher.fromBase64(otherKey).open(sealed)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
