package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.Waiting.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.Rooms;
import dev.parley.bootstrap.support.RunningParley;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LivechatPollsApiTest {
    private static final String WEATHER = "{\"query\":\"今日の天気は?\",\"options\":[{\"text\":\"晴れ\",\"is_correct\":true},{\"text\":\"雨\"}]}";
    private static RunningParley parley;
    private static ApiClient api;
    private static String admin;
    private static String other;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("quiz");
        parley.createOrganization("rival");
        admin = parley.token("quiz", "rooms:read,rooms:create,rooms:update,rooms:delete");
        other = parley.token("rival", "*");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static String room() {
        return Rooms.create(api, admin, "{\"name\":\"quiz-room\",\"max_clients\":100}");
    }

    private static String poll(String room, String body) {
        ApiResponse created = api.post("/v1/rooms/" + room + "/polls", admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    private static JsonNode get(String room, String poll) {
        return api.get("/v1/rooms/" + room + "/polls/" + poll, admin).json();
    }

    private static ApiResponse vote(String room, String poll, String user, String option) {
        return api.post("/v1/rooms/" + room + "/polls/" + poll + "/votes", admin,
                "{\"userid\":" + ApiClient.quote(user) + ",\"option_id\":" + ApiClient.quote(option) + "}");
    }

    @Test
    void createsAPollWithTheReferencesDefaults() {
        String room = room();
        String poll = poll(room, WEATHER);

        JsonNode shown = get(room, poll);

        assertThat(shown.get("room_id").asText()).isEqualTo(room);
        assertThat(shown.get("query").asText()).isEqualTo("今日の天気は?");
        assertThat(shown.get("time_to_answer").isNull()).isTrue();
        assertThat(shown.get("publish_result").asBoolean()).isFalse();
        assertThat(shown.get("time_for_result").asInt()).isEqualTo(30);
        assertThat(shown.get("display_format").asText()).isEqualTo("percent");
        assertThat(shown.get("show_correctness").asBoolean()).isFalse();
        assertThat(shown.get("options")).hasSize(2);
        assertThat(shown.get("options").get(0).get("is_correct").asBoolean()).isTrue();
        assertThat(shown.get("options").get(1).get("is_correct").asBoolean()).isFalse();
        assertThat(shown.get("options").get(0).get("votes").asLong()).isZero();
        assertThat(shown.get("opened_at").isNull()).isTrue();
        assertThat(shown.get("closed_at").isNull()).isTrue();
        assertThat(api.get("/v1/rooms/" + room + "/polls", admin).json().get("data")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}]}",
            "{\"query\":\"q\"}",
            "{\"query\":\"q\",\"options\":[{\"text\":\"only\"}]}",
            "{\"query\":\"q\",\"options\":[{\"text\":\"1\"},{\"text\":\"2\"},{\"text\":\"3\"},{\"text\":\"4\"},{\"text\":\"5\"},{\"text\":\"6\"},{\"text\":\"7\"},{\"text\":\"8\"},{\"text\":\"9\"},{\"text\":\"10\"},{\"text\":\"11\"}]}",
            "{\"query\":\"q\",\"options\":[{\"text\":\"\"},{\"text\":\"b\"}]}",
            "{\"query\":\"q\",\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}],\"time_to_answer\":4}",
            "{\"query\":\"q\",\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}],\"time_for_result\":4}",
            "{\"query\":\"q\",\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}],\"display_format\":\"pie\"}",
            "{\"query\":\"q\",\"options\":[\"a\",\"b\"]}"})
    void refusesInvalidPollsAndCreatesNothing(String body) {
        String room = room();

        ApiResponse refused = api.post("/v1/rooms/" + room + "/polls", admin, body);

        assertThat(refused.status()).as(body).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(api.get("/v1/rooms/" + room + "/polls", admin).json().get("data")).isEmpty();
    }

    @Test
    void enforcesTheLengthLimitsOfQueryAndOptions() {
        String room = room();
        String longQuery = "{\"query\":" + ApiClient.quote("q".repeat(201)) + ",\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}]}";
        String longOption = "{\"query\":\"q\",\"options\":[{\"text\":" + ApiClient.quote("o".repeat(101)) + "},{\"text\":\"b\"}]}";

        assertThat(api.post("/v1/rooms/" + room + "/polls", admin, longQuery).json().get("message").asText()).contains("query");
        assertThat(api.post("/v1/rooms/" + room + "/polls", admin, longOption).json().get("message").asText()).contains("options.text");
    }

    @Test
    void runsThroughItsStatesWithConflictsOnWrongMoves() {
        String room = room();
        String poll = poll(room, WEATHER);
        String base = "/v1/rooms/" + room;

        assertThat(api.patch(base + "/polls/" + poll, admin, "{\"query\":\"明日の天気は?\"}").status()).isEqualTo(204);
        assertThat(api.send("PUT", base + "/polls/" + poll, admin, "{\"display_format\":\"number\"}", Map.of()).status()).isEqualTo(204);
        assertThat(api.post(base + "/polls:close/" + poll, admin, null).status()).isEqualTo(409);
        assertThat(api.post(base + "/polls:open/" + poll, admin, null).status()).isEqualTo(204);
        JsonNode open = get(room, poll);
        assertThat(open.get("query").asText()).isEqualTo("明日の天気は?");
        assertThat(open.get("display_format").asText()).isEqualTo("number");
        assertThat(open.get("opened_at").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        ApiResponse editOpen = api.patch(base + "/polls/" + poll, admin, "{\"query\":\"x\"}");
        assertThat(editOpen.status()).isEqualTo(409);
        assertThat(editOpen.json().get("code").asText()).isEqualTo("CONFLICT");
        assertThat(api.post(base + "/polls:open/" + poll, admin, null).status()).isEqualTo(409);
        assertThat(api.post(base + "/polls:close/" + poll, admin, null).status()).isEqualTo(204);
        assertThat(get(room, poll).get("closed_at").isNull()).isFalse();
        assertThat(api.post(base + "/polls:close/" + poll, admin, null).status()).isEqualTo(409);
        assertThat(api.post(base + "/polls:open/" + poll, admin, null).status()).isEqualTo(409);
    }

    @Test
    void aRoomHasAtMostOneOpenPoll() {
        String room = room();
        String first = poll(room, WEATHER);
        String second = poll(room, WEATHER);

        assertThat(api.post("/v1/rooms/" + room + "/polls:open/" + first, admin, null).status()).isEqualTo(204);
        ApiResponse refused = api.post("/v1/rooms/" + room + "/polls:open/" + second, admin, null);

        assertThat(refused.status()).isEqualTo(409);
        api.post("/v1/rooms/" + room + "/polls:close/" + first, admin, null);
        assertThat(api.post("/v1/rooms/" + room + "/polls:open/" + second, admin, null).status()).isEqualTo(204);
    }

    @Test
    void countsOneVotePerViewerAndReportsFinalCountsOnClose() {
        String room = room();
        String poll = poll(room, WEATHER);
        JsonNode options = get(room, poll).get("options");
        String sunny = options.get(0).get("id").asText();
        String rainy = options.get(1).get("id").asText();

        assertThat(vote(room, poll, "v1", sunny).status()).isEqualTo(409);
        api.post("/v1/rooms/" + room + "/polls:open/" + poll, admin, null);
        assertThat(vote(room, poll, "v1", sunny).status()).isEqualTo(204);
        assertThat(vote(room, poll, "v2", sunny).status()).isEqualTo(204);
        assertThat(vote(room, poll, "v1", rainy).status()).isEqualTo(204);
        assertThat(vote(room, poll, "v3", "00000000-0000-0000-0000-000000000000").status()).isEqualTo(400);
        assertThat(vote(room, poll, "v3", "not-a-uuid").status()).isEqualTo(400);

        JsonNode counted = get(room, poll).get("options");
        assertThat(List.of(counted.get(0).get("votes").asLong(), counted.get(1).get("votes").asLong())).containsExactly(1L, 1L);
        api.post("/v1/rooms/" + room + "/polls:close/" + poll, admin, null);
        assertThat(vote(room, poll, "v4", sunny).status()).isEqualTo(409);
        assertThat(parley.count("select count(*) from outbox_events where type = 'poll.closed' and payload->>'poll_id' = ?"
                + " and (payload->'options'->0->>'votes')::int = 1", poll)).isEqualTo(1);
        assertThat(parley.count("select count(*) from outbox_events where type = 'poll.opened' and payload->>'poll_id' = ?", poll)).isEqualTo(1);
    }

    @Test
    void anOpenPollWithATimeLimitClosesItself() throws InterruptedException {
        String room = room();
        String poll = poll(room, "{\"query\":\"quick\",\"time_to_answer\":5,\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}]}");
        api.post("/v1/rooms/" + room + "/polls:open/" + poll, admin, null);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (get(room, poll).get("closed_at").isNull() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }

        JsonNode closed = get(room, poll);
        assertThat(closed.get("closed_at").isNull()).isFalse();
        assertThat(closed.get("time_to_answer").asInt()).isEqualTo(5);
    }

    @Test
    void aPollWhoseTimeRanOutWhileNoServerWasUpClosesAtItsDeadline() {
        String room = room();
        String poll = poll(room, "{\"query\":\"restart\",\"time_to_answer\":5,\"options\":[{\"text\":\"a\"},{\"text\":\"b\"}]}");
        api.post("/v1/rooms/" + room + "/polls:open/" + poll, admin, null);
        String openedAt = get(room, poll).get("opened_at").asText();

        parley.restart(() -> sleep(Duration.ofSeconds(7)));
        api = parley.api();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (get(room, poll).get("closed_at").isNull() && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }

        LocalDateTime opened = LocalDateTime.parse(openedAt.replace(' ', 'T'));
        LocalDateTime closed = LocalDateTime.parse(get(room, poll).get("closed_at").asText().replace(' ', 'T'));
        assertThat(Duration.between(opened, closed).toSeconds()).isBetween(4L, 6L);
    }


    @Test
    void deletesAPoll() {
        String room = room();
        String poll = poll(room, WEATHER);

        assertThat(api.delete("/v1/rooms/" + room + "/polls/" + poll, admin).status()).isEqualTo(204);
        assertThat(api.get("/v1/rooms/" + room + "/polls/" + poll, admin).status()).isEqualTo(404);
    }

    @Test
    void aPollIsNotFoundThroughAnotherRoomOrOrganization() {
        String room = room();
        String otherRoom = room();
        String poll = poll(room, WEATHER);
        String foreignRoom = Rooms.create(api, other, "{\"name\":\"theirs\",\"max_clients\":1}");

        List<ApiResponse> responses = List.of(
                api.get("/v1/rooms/" + otherRoom + "/polls/" + poll, admin),
                api.post("/v1/rooms/" + otherRoom + "/polls:open/" + poll, admin, null),
                api.delete("/v1/rooms/" + otherRoom + "/polls/" + poll, admin),
                api.get("/v1/rooms/" + room + "/polls/" + poll, other),
                api.get("/v1/rooms/" + foreignRoom + "/polls/" + poll, other),
                api.post("/v1/rooms/" + room + "/polls:close/" + poll, other, null),
                api.patch("/v1/rooms/" + room + "/polls/" + poll, other, "{\"query\":\"x\"}"));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("code").asText()).isEqualTo("NOT_FOUND");
        });
        assertThat(get(room, poll).get("opened_at").isNull()).isTrue();
    }

    @Test
    void pollChangesNeedRoomsUpdate() {
        String room = room();
        String poll = poll(room, WEATHER);
        String readOnly = parley.token("quiz", "rooms:read");

        assertThat(api.get("/v1/rooms/" + room + "/polls/" + poll, readOnly).status()).isEqualTo(200);
        assertThat(api.post("/v1/rooms/" + room + "/polls", readOnly, WEATHER).status()).isEqualTo(403);
        assertThat(api.post("/v1/rooms/" + room + "/polls:open/" + poll, readOnly, null).status()).isEqualTo(403);
        assertThat(api.delete("/v1/rooms/" + room + "/polls/" + poll, readOnly).status()).isEqualTo(403);
    }
}
