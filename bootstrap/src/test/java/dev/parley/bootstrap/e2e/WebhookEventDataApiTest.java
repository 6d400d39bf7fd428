package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.Content;
import dev.parley.bootstrap.support.Learners;
import dev.parley.bootstrap.support.Learners.Person;
import dev.parley.bootstrap.support.LoopbackReceiver;
import dev.parley.bootstrap.support.LoopbackReceiver.Received;
import dev.parley.bootstrap.support.Rooms;
import dev.parley.bootstrap.support.RunningParley;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code data} of a delivered event is the resource as its own surface shows it: a ticket as the helpdesk returns
 * it, a room as the live chat returns it, learning progress with the b2b surface's integer ids; the envelope around it
 * stays in the b2b dialect of the API that manages webhooks.
 */
class WebhookEventDataApiTest {
    private static final String WEBHOOKS = "/api/integrations/webhooks";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String HELPDESK_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
    private static final String LIVECHAT_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoopbackReceiver receiver;
    private static RunningParley parley;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        receiver = LoopbackReceiver.start();
        parley = RunningParley.start(Map.of("PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32"));
        api = parley.api();
    }

    @AfterAll
    static void stop() {
        parley.close();
        receiver.close();
    }

    private static long organization(String slug) {
        parley.createOrganization(slug);
        return ((Number) parley.value("select id from organizations where slug = ?", slug)).longValue();
    }

    private static void subscribe(String token, String path, String type) {
        ApiResponse created = api.post(WEBHOOKS, token, "{\"url\": " + quote(receiver.url(path)) + ", \"events\": [" + quote(type) + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static JsonNode event(String path) {
        Received request = receiver.awaitReceived(path, 1, PATIENCE).get(0);
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + request.text(), e);
        }
    }

    private static void assertEnvelope(JsonNode event, String type, long organization) {
        assertThat(event.fieldNames()).toIterable().containsExactly("id", "type", "created_at", "organization_id", "data");
        assertThat(event.get("type").asText()).isEqualTo(type);
        assertThat(event.get("organization_id").isIntegralNumber()).isTrue();
        assertThat(event.get("organization_id").asLong()).isEqualTo(organization);
        assertThat(event.get("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
    }

    @Test
    void a_created_ticket_arrives_as_the_helpdesk_returns_it() {
        long org = organization("event-data-helpdesk");
        String token = parley.token("event-data-helpdesk", "webhooks:manage,tickets:read,tickets:write");
        subscribe(token, "/tickets", "ticket.created");

        ApiResponse opened = api.post("/v1/tickets", token, "{\"subject\":\"Printer on fire\",\"customer\":{\"name\":\"Alice Johnson\","
                + "\"email\":\"alice@example.com\",\"userId\":\"crm-7\"},\"message\":\"It broke.\",\"tags\":[\"hardware\"]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asText();
        JsonNode event = event("/tickets");

        assertEnvelope(event, "ticket.created", org);
        JsonNode data = event.get("data");
        assertThat(data.get("id").asText()).isEqualTo(id).startsWith("tkt_");
        ObjectNode shown = (ObjectNode) api.get("/v1/tickets/" + id, token).json();
        shown.remove("messages");
        assertThat(data).as("the ticket of GET /v1/tickets/{id}, without its messages").isEqualTo(shown);
        assertThat(data.fieldNames()).toIterable().containsExactlyElementsOf(() -> shown.fieldNames());
        assertThat(data.get("orgId").asText()).startsWith("org_");
        assertThat(data.get("createdAt").asText()).matches(HELPDESK_TIME);
        assertThat(data.get("customer").get("userId").asText()).isEqualTo("crm-7");
    }

    @Test
    void a_created_room_arrives_as_the_live_chat_returns_it_without_its_signing_key() {
        long org = organization("event-data-livechat");
        String token = parley.token("event-data-livechat", "webhooks:manage,rooms:read,rooms:create");
        subscribe(token, "/rooms", "room.created");

        String id = Rooms.create(api, token, "{\"name\":\"Friday Q&A\",\"max_clients\":300,\"embeddable_domains\":[\"example.com\"],"
                + "\"profanities\":[\"darn\"],\"cooldown_seconds\":3}");
        JsonNode event = event("/rooms");

        assertEnvelope(event, "room.created", org);
        JsonNode data = event.get("data");
        assertThat(data.get("id").asText()).isEqualTo(id);
        ObjectNode shown = (ObjectNode) api.get("/v1/rooms/" + id, token).json();
        assertThat(shown.has("signing_key")).isTrue();
        shown.remove(List.of("signing_key", "statistics", "realtime_data"));
        assertThat(data).as("the room of GET /v1/rooms/{id}, without its signing key and live figures").isEqualTo(shown);
        assertThat(data.fieldNames()).toIterable().containsExactlyElementsOf(() -> shown.fieldNames());
        assertThat(data.get("created_at").asText()).matches(LIVECHAT_TIME);
    }

    @Test
    void a_completed_lesson_arrives_with_the_b2b_ids_of_its_learner_course_and_lesson() {
        long org = organization("event-data-school");
        String admin = parley.token("event-data-school", "webhooks:manage,courses:read,courses:write");
        subscribe(admin, "/lessons", "lesson.completed");
        Content content = new Content(api, admin);
        long course = content.courseFrom(Content.courseBody("event-data", "published")).get("id").asLong();
        long lesson = content.lesson(course, "Only");
        long training = content.training(lesson, "Speak");
        long item = content.created("/api/trainingItems", """
                {"training_id": %d, "type": "speak_repeat", "skill": "speaking", "cefr_level": "A1", "xp": 20,
                 "content": {"prompt": "Repeat: すみません"}}""".formatted(training)).get("id").asLong();
        Person learner = new Learners(parley).learner("event-data-school", "mei@school.test", "Mei");

        ApiResponse attempt = api.post("/api/trainingItems/" + item + "/attempts", learner.token(),
                "{\"answer\": {\"text\": \"sumimasen\", \"self_score\": 1.0}, \"duration_ms\": 900}");
        assertThat(attempt.status()).as(attempt.body()).isEqualTo(201);
        JsonNode event = event("/lessons");

        assertEnvelope(event, "lesson.completed", org);
        JsonNode data = event.get("data");
        assertThat(data.get("user_id").isIntegralNumber()).isTrue();
        assertThat(data.get("user_id").asLong()).isEqualTo(learner.id());
        assertThat(data.get("course_id").asLong()).isEqualTo(course)
                .isEqualTo(api.get("/api/courses/" + course, admin).json().get("data").get("id").asLong());
        assertThat(data.get("lesson_id").asLong()).isEqualTo(lesson);
        assertThat(data.get("perfect").isBoolean()).isTrue();
    }
}
