package dev.parley.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.Content;
import dev.parley.bootstrap.support.RunningParley;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may do what with learning content: tokens, abilities, and organizations that never see each other's content. */
class LearningAccessApiTest {
    private static RunningParley parley;
    private static ApiClient api;
    private static String owner;
    private static long course;
    private static long lesson;
    private static long training;
    private static long item;

    /** A request to a learning route: method, path and, for writes, a body that would be valid. */
    record Call(String method, String path, String body) {
        ApiResponse send(String token) {
            return api.send(method, path, token, body, Map.of());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("school");
        parley.createOrganization("rival");
        owner = parley.token("school", "courses:read,courses:write");
        Content content = new Content(api, owner);
        course = content.courseFrom(Content.courseBody("owned", "published")).get("id").asLong();
        lesson = content.lesson(course, "Owned");
        training = content.training(lesson, "Owned");
        item = content.item(training);
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static List<Call> reads() {
        return List.of(
                new Call("GET", "/api/courses", null),
                new Call("GET", "/api/courses/" + course, null),
                new Call("GET", "/api/courses/owned", null),
                new Call("GET", "/api/lessons", null),
                new Call("GET", "/api/lessons/" + lesson, null),
                new Call("GET", "/api/trainings", null),
                new Call("GET", "/api/trainings/" + training, null),
                new Call("GET", "/api/trainingItems", null),
                new Call("GET", "/api/trainingItems/" + item, null));
    }

    private static List<Call> writes() {
        String update = "{\"title\": \"Taken over\"}";
        return List.of(
                new Call("POST", "/api/courses", Content.courseBody("new-course", "draft")),
                new Call("PUT", "/api/courses/" + course, update),
                new Call("PATCH", "/api/courses/owned", update),
                new Call("DELETE", "/api/courses/" + course, null),
                new Call("POST", "/api/lessons", "{\"course_id\": " + course + ", \"title\": \"New\"}"),
                new Call("PUT", "/api/lessons/" + lesson, update),
                new Call("PATCH", "/api/lessons/" + lesson, update),
                new Call("DELETE", "/api/lessons/" + lesson, null),
                new Call("POST", "/api/trainings", "{\"lesson_id\": " + lesson + ", \"title\": \"New\", \"kind\": \"practice\"}"),
                new Call("PUT", "/api/trainings/" + training, update),
                new Call("PATCH", "/api/trainings/" + training, update),
                new Call("DELETE", "/api/trainings/" + training, null),
                new Call("POST", "/api/trainingItems", Content.multipleChoice(training)),
                new Call("PUT", "/api/trainingItems/" + item, "{\"xp\": 1}"),
                new Call("PATCH", "/api/trainingItems/" + item, "{\"xp\": 1}"),
                new Call("DELETE", "/api/trainingItems/" + item, null));
    }

    private static void assertNothingChanged() {
        JsonNode detail = api.get("/api/courses/" + course, owner).json().get("data");
        assertThat(detail.get("title").asText()).isEqualTo("Course owned");
        assertThat(detail.get("item_count").asLong()).isEqualTo(1);
        assertThat(detail.get("lessons").get(0).get("title").asText()).isEqualTo("Owned");
        assertThat(api.get("/api/trainingItems/" + item, owner).json().get("data").get("xp").asInt()).isEqualTo(10);
        assertThat(parley.count("select count(*) from courses where organization_id = (select id from organizations where slug = 'school')"))
                .isEqualTo(1);
    }

    @Test
    void withoutATokenEveryRouteButThePublicCatalogueIsUnauthenticated() {
        for (Call call : concat(reads(), writes())) {
            ApiResponse response = call.send(null);
            assertThat(response.status()).as(call.toString()).isEqualTo(401);
            assertThat(response.json().get("message").asText()).isEqualTo("Unauthenticated.");
        }
        assertThat(api.get("/api/public/courses?organization=school", null).status()).isEqualTo(200);
        assertThat(api.get("/api/public/courses/owned?organization=school", null).status()).isEqualTo(200);
        assertNothingChanged();
    }

    @Test
    void readingNeedsCoursesReadAndChangingNeedsCoursesWrite() {
        String reader = parley.token("school", "courses:read");
        String writerOnly = parley.token("school", "courses:write");
        String unrelated = parley.token("school", "tickets:read,progress:read");

        for (Call call : reads()) {
            assertThat(call.send(reader).status()).as(call + " as a reader").isEqualTo(200);
            assertThat(call.send(unrelated).status()).as(call + " without course abilities").isEqualTo(403);
            assertThat(call.send(writerOnly).status()).as(call + " with courses:write alone").isEqualTo(403);
        }
        for (Call call : writes()) {
            assertThat(call.send(reader).status()).as(call + " as a reader").isEqualTo(403);
            assertThat(call.send(unrelated).status()).as(call + " without course abilities").isEqualTo(403);
        }
        assertNothingChanged();
    }

    @Test
    void anotherOrganizationsContentIsNotFoundOnEveryRoute() {
        String rival = parley.token("rival", "*");

        for (Call call : concat(reads(), writes())) {
            boolean addressesOne = call.path().chars().filter(c -> c == '/').count() == 3;
            if (addressesOne) {
                assertThat(call.send(rival).status()).as(call.toString()).isEqualTo(404);
            }
        }
        for (String list : List.of("/api/courses", "/api/lessons", "/api/trainings", "/api/trainingItems",
                "/api/lessons?course_id=" + course, "/api/trainings?lesson_id=" + lesson, "/api/trainingItems?training_id=" + training)) {
            assertThat(api.get(list, rival).json().get("data")).as(list).isEmpty();
        }
        assertNothingChanged();
    }

    @Test
    void anotherOrganizationsContentCannotBeAParent() {
        String rival = parley.token("rival", "*");
        Content theirs = new Content(api, rival);
        long rivalCourse = theirs.course("rival-course");
        long rivalLesson = theirs.lesson(rivalCourse, "Rival");
        long rivalTraining = theirs.training(rivalLesson, "Rival");
        long rivalItem = theirs.item(rivalTraining);

        List<Map.Entry<ApiResponse, String>> refusals = List.of(
                Map.entry(api.post("/api/lessons", rival, "{\"course_id\": " + course + ", \"title\": \"Mine\"}"), "course_id"),
                Map.entry(api.post("/api/trainings", rival, "{\"lesson_id\": " + lesson + ", \"title\": \"Mine\", \"kind\": \"x\"}"), "lesson_id"),
                Map.entry(api.post("/api/trainingItems", rival, Content.multipleChoice(training)), "training_id"),
                Map.entry(api.patch("/api/lessons/" + rivalLesson, rival, "{\"course_id\": " + course + "}"), "course_id"),
                Map.entry(api.patch("/api/trainings/" + rivalTraining, rival, "{\"lesson_id\": " + lesson + "}"), "lesson_id"),
                Map.entry(api.patch("/api/trainingItems/" + rivalItem, rival, "{\"training_id\": " + training + "}"), "training_id"));

        for (Map.Entry<ApiResponse, String> refusal : refusals) {
            assertThat(refusal.getKey().status()).as(refusal.getValue()).isEqualTo(422);
            assertThat(refusal.getKey().json().get("errors").has(refusal.getValue())).as(refusal.getKey().body()).isTrue();
        }
        assertNothingChanged();
    }

    @Test
    void theOwnerCanDoEverything() {
        String admin = parley.token("school", "*");
        Content content = new Content(api, admin);
        long scratch = content.course("scratch");
        long scratchLesson = content.lesson(scratch, "Scratch");
        long scratchTraining = content.training(scratchLesson, "Scratch");
        long scratchItem = content.item(scratchTraining);

        assertThat(api.patch("/api/trainingItems/" + scratchItem, admin, "{\"xp\": 99}").status()).isEqualTo(200);
        assertThat(api.delete("/api/trainingItems/" + scratchItem, admin).status()).isEqualTo(204);
        assertThat(api.delete("/api/trainings/" + scratchTraining, admin).status()).isEqualTo(204);
        assertThat(api.delete("/api/lessons/" + scratchLesson, admin).status()).isEqualTo(204);
        assertThat(api.delete("/api/courses/scratch", admin).status()).isEqualTo(204);
    }

    private static List<Call> concat(List<Call> first, List<Call> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
