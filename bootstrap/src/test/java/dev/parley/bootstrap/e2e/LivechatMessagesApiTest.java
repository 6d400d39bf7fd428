package dev.parley.bootstrap.e2e;

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

class LivechatMessagesApiTest {
    private static RunningParley parley;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("stream");
        admin = parley.token("stream", "rooms:read,rooms:create,rooms:update,rooms:delete");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static String createRoom(String token, String body) {
        return Rooms.create(api, token, body);
    }

    private static ApiResponse post(String room, String userId, String message) {
        return api.post("/v1/rooms/" + room + "/messages", admin,
                "{\"userid\":" + ApiClient.quote(userId) + ",\"username\":\"Viewer\",\"message\":" + ApiClient.quote(message) + "}");
    }

    private static void assertRejected(ApiResponse response, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("MESSAGE_REJECTED");
        assertThat(response.json().get("reason").asText()).isEqualTo(reason);
    }

    private static long stored(String room) {
        return api.get("/v1/rooms/" + room + "/realtime-data", admin).json().get("total_messages").asLong();
    }

    @Test
    void postsAndPagesHistoryInBothOrders() {
        String room = createRoom(admin, "{\"name\":\"history\",\"max_clients\":10}");
        for (int i = 1; i <= 5; i++) {
            ApiResponse posted = post(room, "user" + i, "message " + i);
            assertThat(posted.status()).isEqualTo(200);
            assertThat(posted.json().get("id").asText()).hasSize(36);
        }

        JsonNode newest = api.get("/v1/rooms/" + room + "/messages?per_page=2", admin).json();
        JsonNode oldest = api.get("/v1/rooms/" + room + "/messages?page=2&per_page=2&sort=timestamp%7Casc", admin).json();

        assertThat(newest.get("total").asLong()).isEqualTo(5);
        assertThat(newest.get("current_page").asInt()).isEqualTo(1);
        assertThat(newest.get("per_page").asInt()).isEqualTo(2);
        assertThat(texts(newest)).containsExactly("message 5", "message 4");
        assertThat(texts(oldest)).containsExactly("message 3", "message 4");
        JsonNode first = newest.get("data").get(0);
        assertThat(first.get("userid").asText()).isEqualTo("user5");
        assertThat(first.get("username").asText()).isEqualTo("Viewer");
        assertThat(first.get("moderator").asBoolean()).isFalse();
        assertThat(first.get("visibility").asText()).isEqualTo("all");
        assertThat(first.get("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(api.get("/v1/rooms/" + room + "/messages", admin).json().get("per_page").asInt()).isEqualTo(100);
    }

    private static List<String> texts(JsonNode page) {
        return StreamSupport.stream(page.get("data").spliterator(), false).map(m -> m.get("message").asText()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=timestamp", "sort=name%7Casc", "sort=timestamp%7Cup", "per_page=101", "per_page=0", "page=0"})
    void refusesBadHistoryParameters(String query) {
        String room = createRoom(admin, "{\"name\":\"params\",\"max_clients\":10}");

        ApiResponse refused = api.get("/v1/rooms/" + room + "/messages?" + query, admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void aClosedRoomTakesOnlyModerators() {
        String room = createRoom(admin, "{\"name\":\"closed\",\"max_clients\":10}");
        api.post("/v1/rooms:close/" + room, admin, null);

        assertRejected(post(room, "viewer", "hello?"), "room_closed");
        ApiResponse moderator = api.post("/v1/rooms/" + room + "/messages", admin,
                "{\"userid\":\"mod\",\"message\":\"We start soon\",\"moderator\":true}");
        assertThat(moderator.status()).isEqualTo(200);
        assertThat(api.get("/v1/rooms/" + room + "/messages", admin).json().get("data").get(0).get("moderator").asBoolean()).isTrue();
    }

    @Test
    void replacesListedWordsInAnyCaseOrWidth() {
        String room = createRoom(admin, "{\"name\":\"masked\",\"max_clients\":10,\"profanities\":[\"darn\",\"ばか\"]}");

        post(room, "u1", "Well DARN it, ｄａｒｎ! ばか");

        String stored = api.get("/v1/rooms/" + room + "/messages", admin).json().get("data").get(0).get("message").asText();
        assertThat(stored).isEqualTo("Well *** it, ***! ***");
    }

    @Test
    void rejectsListedWordsAndLinksWhenTheRoomSaysReject() {
        String room = createRoom(admin, "{\"name\":\"strict\",\"max_clients\":10,\"profanities\":[\"spoiler\"],\"profanities_method\":\"reject\"}");

        assertRejected(post(room, "u1", "SPOILER: he dies"), "ng_word");
        assertRejected(post(room, "u2", "see https://example.com/clip"), "link_not_allowed");
        assertThat(stored(room)).isZero();
    }

    @Test
    void linksPassWhenTheRoomAllowsThem() {
        String room = createRoom(admin, "{\"name\":\"links\",\"max_clients\":10,\"profanities_method\":\"reject\",\"allow_post_links\":true}");

        assertThat(post(room, "u1", "see https://example.com/clip").status()).isEqualTo(200);
    }

    @Test
    void senderOnlyKeepsTheMessageVisibleToItsSender() {
        String room = createRoom(admin, "{\"name\":\"quiet\",\"max_clients\":10,\"profanities\":[\"spam\"],\"profanities_method\":\"sender_only\"}");

        assertThat(post(room, "u1", "buy spam now").status()).isEqualTo(200);

        JsonNode message = api.get("/v1/rooms/" + room + "/messages", admin).json().get("data").get(0);
        assertThat(message.get("message").asText()).isEqualTo("buy spam now");
        assertThat(message.get("visibility").asText()).isEqualTo("sender_only");
    }

    @Test
    void refusesTheSameTextTwiceInARowUnlessAllowed() {
        String strict = createRoom(admin, "{\"name\":\"no-repeat\",\"max_clients\":10}");
        String relaxed = createRoom(admin, "{\"name\":\"repeat\",\"max_clients\":10,\"allow_repeated_posts\":true}");

        assertThat(post(strict, "u1", "go go go").status()).isEqualTo(200);
        assertRejected(post(strict, "u1", "GO GO GO"), "repeated");
        assertThat(post(strict, "u2", "go go go").status()).isEqualTo(200);
        assertThat(post(relaxed, "u1", "go").status()).isEqualTo(200);
        assertThat(post(relaxed, "u1", "go").status()).isEqualTo(200);
    }

    @Test
    void enforcesTheCooldownWithSecondsLeft() {
        String room = createRoom(admin, "{\"name\":\"slow\",\"max_clients\":10,\"cooldown_seconds\":30}");

        assertThat(post(room, "u1", "first").status()).isEqualTo(200);
        ApiResponse tooSoon = post(room, "u1", "second");

        assertRejected(tooSoon, "cooldown");
        assertThat(tooSoon.json().get("seconds_left").asLong()).isBetween(28L, 30L);
        assertThat(post(room, "u2", "someone else").status()).isEqualTo(200);
        ApiResponse moderator = api.post("/v1/rooms/" + room + "/messages", admin,
                "{\"userid\":\"u1\",\"message\":\"as moderator\",\"moderator\":true}");
        assertThat(moderator.status()).isEqualTo(200);
    }

    @Test
    void anonymousRoomsDoNotKeepUsernames() {
        String room = createRoom(admin, "{\"name\":\"anon\",\"max_clients\":10,\"disable_username\":true}");

        post(room, "u1", "hi");

        assertThat(api.get("/v1/rooms/" + room + "/messages", admin).json().get("data").get(0).get("username").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"message\":\"hi\"}", "{\"userid\":\"u\"}", "{\"userid\":\"u\",\"message\":\"  \"}",
            "{\"userid\":5,\"message\":\"hi\"}", "{\"userid\":\"u\",\"message\":\"hi\",\"moderator\":\"no\"}"})
    void refusesMalformedMessages(String body) {
        String room = createRoom(admin, "{\"name\":\"malformed\",\"max_clients\":10}");

        ApiResponse refused = api.post("/v1/rooms/" + room + "/messages", admin, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(stored(room)).isZero();
    }

    @Test
    void deletesOneMessageAndClearsHistory() {
        String room = createRoom(admin, "{\"name\":\"cleanup\",\"max_clients\":10}");
        String first = post(room, "u1", "one").json().get("id").asText();
        post(room, "u2", "two");

        assertThat(api.delete("/v1/rooms/" + room + "/messages/" + first, admin).status()).isEqualTo(204);
        assertThat(api.delete("/v1/rooms/" + room + "/messages/" + first, admin).status()).isEqualTo(404);
        assertThat(stored(room)).isEqualTo(1);
        assertThat(api.delete("/v1/rooms/" + room + "/messages", admin).status()).isEqualTo(204);
        assertThat(stored(room)).isZero();
        assertThat(api.get("/v1/rooms/" + room + "/messages", admin).json().get("total").asLong()).isZero();
        JsonNode statistics = api.get("/v1/rooms/" + room + "?statistics=60:2", admin).json().get("statistics");
        assertThat(StreamSupport.stream(statistics.spliterator(), false).mapToLong(b -> b.get("messages_count").asLong()).sum()).isEqualTo(2);
    }

    @Test
    void recordsAcceptedMessagesInTheOutbox() {
        String room = createRoom(admin, "{\"name\":\"events\",\"max_clients\":10,\"profanities_method\":\"reject\",\"profanities\":[\"no\"]}");
        post(room, "u1", "yes");
        post(room, "u1", "no");

        assertThat(parley.count("select count(*) from outbox_events where type = 'room.message.created' and payload->>'room_id' = ?", room))
                .isEqualTo(1);
    }
}
