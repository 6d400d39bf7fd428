package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.Rooms;
import dev.parley.bootstrap.support.RunningParley;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LivechatRoomsApiTest {
    private static RunningParley parley;
    private static ApiClient api;
    private static String admin;
    private static String other;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("tv");
        parley.createOrganization("radio");
        admin = parley.token("tv", "rooms:read,rooms:create,rooms:update,rooms:delete");
        other = parley.token("radio", "*");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static String createRoom(String token, String body) {
        return Rooms.create(api, token, body);
    }

    private static long rooms() {
        return parley.count("select count(*) from rooms");
    }

    @Test
    void registersARoomWithTheReferencesDefaults() {
        String id = createRoom(admin, "{\"name\":\"sample-room\",\"max_clients\":1000}");

        JsonNode room = api.get("/v1/rooms/" + id, admin).json();

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(room.get("name").asText()).isEqualTo("sample-room");
        assertThat(room.get("status").asText()).isEqualTo("open");
        assertThat(room.get("max_clients").asInt()).isEqualTo(1000);
        assertThat(room.get("embeddable_domains").toString()).isEqualTo("[\"*\"]");
        assertThat(room.get("profanities_method").asText()).isEqualTo("replace");
        assertThat(room.get("cooldown_seconds").asInt()).isZero();
        for (String flag : List.of("disable_username", "show_clients_count", "allow_client_deletes", "allow_repeated_posts", "allow_post_links")) {
            assertThat(room.get(flag).asBoolean()).as(flag).isFalse();
        }
        assertThat(room.get("signing_key").asText()).matches("[A-Za-z0-9]{32}");
        assertThat(room.get("statistics").isNull()).isTrue();
        assertThat(room.get("realtime_data").get("total_messages").asLong()).isZero();
        assertThat(room.get("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void registersEveryFieldOfTheReferenceSample() {
        String id = createRoom(admin, """
                {"name":"full","max_clients":100000,"disable_username":true,"embeddable_domains":["Example.com","*.example.org"],
                 "show_clients_count":true,"custom_styles":".message.moderator { color: red; }","profanities":["bad"],
                 "profanities_method":"reject","blacklist_ipv4":["192.0.2.1","10.0.0.0/8"],"cooldown_seconds":3,
                 "allow_client_deletes":true,"allow_repeated_posts":true,"allow_post_links":true}""");

        JsonNode room = api.get("/v1/rooms/" + id, admin).json();

        assertThat(room.get("embeddable_domains").toString()).isEqualTo("[\"example.com\",\"*.example.org\"]");
        assertThat(room.get("custom_styles").asText()).isEqualTo(".message.moderator { color: red; }");
        assertThat(room.get("profanities_method").asText()).isEqualTo("reject");
        assertThat(room.get("blacklist_ipv4")).hasSize(2);
        assertThat(room.get("cooldown_seconds").asInt()).isEqualTo(3);
        assertThat(room.get("disable_username").asBoolean()).isTrue();
        assertThat(room.get("allow_post_links").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"max_clients\":10}",
            "{\"name\":\"x\"}",
            "{\"name\":\"   \",\"max_clients\":10}",
            "{\"name\":\"x\",\"max_clients\":100001}",
            "{\"name\":\"x\",\"max_clients\":0}",
            "{\"name\":\"x\",\"max_clients\":\"10\"}",
            "{\"name\":\"x\",\"max_clients\":1.5}",
            "{\"name\":\"x\",\"max_clients\":10,\"embeddable_domains\":[\"a.com\",\"b.com\",\"c.com\",\"d.com\",\"e.com\",\"f.com\",\"g.com\",\"h.com\",\"i.com\",\"j.com\",\"k.com\"]}",
            "{\"name\":\"x\",\"max_clients\":10,\"embeddable_domains\":[\"http://a.com\"]}",
            "{\"name\":\"x\",\"max_clients\":10,\"custom_styles\":\"body { background: url(http://evil) }\"}",
            "{\"name\":\"x\",\"max_clients\":10,\"custom_styles\":\"</style><script>\"}",
            "{\"name\":\"x\",\"max_clients\":10,\"custom_styles\":\"@IMPORT 'x.css';\"}",
            "{\"name\":\"x\",\"max_clients\":10,\"profanities_method\":\"delete\"}",
            "{\"name\":\"x\",\"max_clients\":10,\"blacklist_ipv4\":[\"256.0.0.1\"]}",
            "{\"name\":\"x\",\"max_clients\":10,\"blacklist_ipv4\":[\"1.2.3\"]}",
            "{\"name\":\"x\",\"max_clients\":10,\"cooldown_seconds\":-1}",
            "{\"name\":\"x\",\"max_clients\":10,\"disable_username\":\"yes\"}",
            "not json"})
    void refusesInvalidRoomsNamingTheFieldAndCreatesNothing(String body) {
        long before = rooms();

        ApiResponse refused = api.post("/v1/rooms", admin, body);

        assertThat(refused.status()).as(body).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(rooms()).isEqualTo(before);
    }

    @Test
    void enforcesTheSizeLimitsOfNameStylesAndLists() {
        String base = "\"max_clients\":10";
        assertThat(api.post("/v1/rooms", admin, "{\"name\":" + quote("n".repeat(200)) + "," + base + "}").status()).isEqualTo(200);
        ApiResponse longName = api.post("/v1/rooms", admin, "{\"name\":" + quote("n".repeat(201)) + "," + base + "}");
        assertThat(longName.json().get("message").asText()).contains("name");
        assertThat(api.post("/v1/rooms", admin, "{\"name\":\"s\"," + base + ",\"custom_styles\":" + quote("a".repeat(5001)) + "}").status()).isEqualTo(400);
        String words = String.join(",", java.util.stream.IntStream.range(0, 1001).mapToObj(i -> quote("w" + i)).toList());
        ApiResponse tooMany = api.post("/v1/rooms", admin, "{\"name\":\"s\"," + base + ",\"profanities\":[" + words + "]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("message").asText()).contains("profanities");
    }

    @Test
    void putAndPatchChangeOnlyTheFieldsGiven() {
        String id = createRoom(admin, "{\"name\":\"before\",\"max_clients\":50,\"cooldown_seconds\":5,\"profanities\":[\"x\"]}");

        ApiResponse put = api.send("PUT", "/v1/rooms/" + id, admin, "{\"name\":\"after\"}", java.util.Map.of());
        ApiResponse patch = api.patch("/v1/rooms/" + id, admin, "{\"allow_post_links\":true}");

        assertThat(put.status()).isEqualTo(204);
        assertThat(patch.status()).isEqualTo(204);
        JsonNode room = api.get("/v1/rooms/" + id, admin).json();
        assertThat(room.get("name").asText()).isEqualTo("after");
        assertThat(room.get("max_clients").asInt()).isEqualTo(50);
        assertThat(room.get("cooldown_seconds").asInt()).isEqualTo(5);
        assertThat(room.get("profanities").get(0).asText()).isEqualTo("x");
        assertThat(room.get("allow_post_links").asBoolean()).isTrue();
        assertThat(api.patch("/v1/rooms/" + id, admin, "{\"max_clients\":100001}").status()).isEqualTo(400);
        assertThat(api.get("/v1/rooms/" + id, admin).json().get("max_clients").asInt()).isEqualTo(50);
    }

    @Test
    void opensAndClosesThroughTheColonRoutes() {
        String id = createRoom(admin, "{\"name\":\"show\",\"max_clients\":10}");

        assertThat(api.post("/v1/rooms:close/" + id, admin, null).status()).isEqualTo(204);
        assertThat(api.get("/v1/rooms/" + id, admin).json().get("status").asText()).isEqualTo("close");
        assertThat(api.post("/v1/rooms:close/" + id, admin, null).status()).isEqualTo(204);
        assertThat(api.post("/v1/rooms:open/" + id, admin, null).status()).isEqualTo(204);
        assertThat(api.get("/v1/rooms/" + id, admin).json().get("status").asText()).isEqualTo("open");
        assertThat(parley.count("select count(*) from outbox_events where type = 'room.closed' and payload->>'room_id' = ?", id)).isEqualTo(1);
    }

    @Test
    void replaysAnIdempotentRegistration() {
        java.util.Map<String, String> key = java.util.Map.of("Idempotency-Key", "room-once");
        long before = rooms();

        ApiResponse first = api.send("POST", "/v1/rooms", admin, "{\"name\":\"once\",\"max_clients\":5}", key);
        ApiResponse replay = api.send("POST", "/v1/rooms", admin, "{\"name\":\"once\",\"max_clients\":5}", key);
        ApiResponse clash = api.send("POST", "/v1/rooms", admin, "{\"name\":\"twice\",\"max_clients\":5}", key);

        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("code").asText()).isEqualTo("CONFLICT");
        assertThat(rooms()).isEqualTo(before + 1);
        assertThat(parley.count("select count(*) from idempotency_records where key = 'room-once'")).isEqualTo(1);
        assertThat(parley.count("select count(*) from idempotency_records where position(? in body) > 0",
                api.get("/v1/rooms/" + first.json().get("id").asText(), admin).json().get("signing_key").asText())).isZero();
    }

    @Test
    void rotatesTheSigningKey() {
        String id = createRoom(admin, "{\"name\":\"keys\",\"max_clients\":10}");
        String before = api.get("/v1/rooms/" + id, admin).json().get("signing_key").asText();

        ApiResponse rotated = api.post("/v1/rooms/" + id + "/signing-key:rotate", admin, null);

        assertThat(rotated.status()).isEqualTo(200);
        String after = rotated.json().get("signing_key").asText();
        assertThat(after).matches("[A-Za-z0-9]{32}").isNotEqualTo(before);
        assertThat(api.get("/v1/rooms/" + id, admin).json().get("signing_key").asText()).isEqualTo(after);
    }

    @Test
    void deletesARoomWithItsMessages() {
        String id = createRoom(admin, "{\"name\":\"gone\",\"max_clients\":10}");
        api.post("/v1/rooms/" + id + "/messages", admin, "{\"userid\":\"u1\",\"message\":\"hello\"}");

        assertThat(api.delete("/v1/rooms/" + id, admin).status()).isEqualTo(204);
        assertThat(api.get("/v1/rooms/" + id, admin).status()).isEqualTo(404);
        assertThat(parley.count("select count(*) from chat_messages where room_id = ?::uuid", id)).isZero();
        assertThat(parley.count("select count(*) from outbox_events where type = 'room.deleted' and payload->>'room_id' = ?", id)).isEqualTo(1);
    }

    @Test
    void listsRoomsOfTheCallersOrganizationOnly() {
        String mine = createRoom(admin, "{\"name\":\"mine\",\"max_clients\":10}");
        String theirs = createRoom(other, "{\"name\":\"theirs\",\"max_clients\":10}");

        List<String> ids = StreamSupport.stream(api.get("/v1/rooms", admin).json().get("data").spliterator(), false)
                .map(r -> r.get("id").asText()).toList();

        assertThat(ids).contains(mine).doesNotContain(theirs);
    }

    @Test
    void anotherOrganizationsRoomIsNotFoundOnEveryRoute() {
        String id = createRoom(admin, "{\"name\":\"private\",\"max_clients\":10}");

        List<ApiResponse> responses = List.of(
                api.get("/v1/rooms/" + id, other),
                api.patch("/v1/rooms/" + id, other, "{\"name\":\"x\"}"),
                api.delete("/v1/rooms/" + id, other),
                api.post("/v1/rooms:open/" + id, other, null),
                api.post("/v1/rooms:close/" + id, other, null),
                api.post("/v1/rooms/" + id + "/signing-key:rotate", other, null),
                api.get("/v1/rooms/" + id + "/realtime-data", other),
                api.get("/v1/rooms/" + id + "/messages", other),
                api.post("/v1/rooms/" + id + "/messages", other, "{\"userid\":\"u\",\"message\":\"hi\"}"),
                api.delete("/v1/rooms/" + id + "/messages", other),
                api.get("/v1/rooms/" + id + "/polls", other),
                api.post("/v1/rooms/" + id + "/polls", other, "{\"query\":\"q\",\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}]}"));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("code").asText()).isEqualTo("NOT_FOUND");
        });
        assertThat(api.get("/v1/rooms/" + id, admin).json().get("name").asText()).isEqualTo("private");
        assertThat(api.get("/v1/rooms/not-a-uuid", admin).status()).isEqualTo(404);
    }

    @Test
    void abilitiesMapToTheReferencesPermissions() {
        String id = createRoom(admin, "{\"name\":\"perm\",\"max_clients\":10}");
        String readOnly = parley.token("tv", "rooms:read");
        String createOnly = parley.token("tv", "rooms:create");
        String updateOnly = parley.token("tv", "rooms:update");

        assertThat(api.get("/v1/rooms", createOnly).status()).isEqualTo(403);
        assertThat(api.get("/v1/rooms/" + id + "/messages", updateOnly).status()).isEqualTo(403);
        assertThat(api.post("/v1/rooms", readOnly, "{\"name\":\"x\",\"max_clients\":1}").status()).isEqualTo(403);
        assertThat(api.patch("/v1/rooms/" + id, readOnly, "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.post("/v1/rooms:close/" + id, createOnly, null).status()).isEqualTo(403);
        assertThat(api.delete("/v1/rooms/" + id + "/messages", readOnly).status()).isEqualTo(403);
        ApiResponse forbidden = api.delete("/v1/rooms/" + id, updateOnly);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asText()).isEqualTo("FORBIDDEN");
        ApiResponse unauthorized = api.get("/v1/rooms", null);
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.json().get("code").asText()).isEqualTo("REQUEST_UNAUTHORIZED");
    }

    @Test
    void statisticsAreExactlyCountAlignedZeroFilledBuckets() {
        String id = createRoom(admin, "{\"name\":\"stats\",\"max_clients\":10,\"allow_repeated_posts\":true}");
        for (int i = 0; i < 3; i++) {
            api.post("/v1/rooms/" + id + "/messages", admin, "{\"userid\":\"u" + i + "\",\"message\":\"m\"}");
        }

        JsonNode statistics = api.get("/v1/rooms/" + id + "?statistics=60:5", admin).json().get("statistics");

        assertThat(statistics).hasSize(5);
        assertThat(statistics.get(0).get("timestamp").asText()).endsWith(":00");
        long total = StreamSupport.stream(statistics.spliterator(), false).mapToLong(b -> b.get("messages_count").asLong()).sum();
        assertThat(total).isEqualTo(3);
        assertThat(StreamSupport.stream(statistics.spliterator(), false).mapToLong(b -> b.get("clients_count").asLong()).sum()).isZero();
        JsonNode listed = api.get("/v1/rooms?statistics=1:3", admin).json().get("data").get(0).get("statistics");
        assertThat(listed).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7:10", "90:5", "60:0", "60:1441", "0:1", "sixty:5", "60"})
    void refusesBadStatistics(String statistics) {
        String id = createRoom(admin, "{\"name\":\"bad-stats\",\"max_clients\":10}");

        ApiResponse refused = api.get("/v1/rooms/" + id + "?statistics=" + statistics, admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("statistics");
        assertThat(api.get("/v1/rooms?statistics=" + statistics, admin).status()).isEqualTo(400);
    }

    @Test
    void realtimeDataCountsStoredMessages() {
        String id = createRoom(admin, "{\"name\":\"rt\",\"max_clients\":10}");
        api.post("/v1/rooms/" + id + "/messages", admin, "{\"userid\":\"a\",\"message\":\"one\"}");
        api.post("/v1/rooms/" + id + "/messages", admin, "{\"userid\":\"b\",\"message\":\"two\"}");

        JsonNode realtime = api.get("/v1/rooms/" + id + "/realtime-data", admin).json();

        assertThat(realtime.get("clients_count").asLong()).isZero();
        assertThat(realtime.get("total_messages").asLong()).isEqualTo(2);
        assertThat(api.get("/v1/rooms/" + id, admin).json().get("realtime_data").get("total_messages").asLong()).isEqualTo(2);
    }
}
