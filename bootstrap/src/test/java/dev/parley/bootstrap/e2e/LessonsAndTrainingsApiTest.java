package dev.parley.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.Content;
import dev.parley.bootstrap.support.RunningParley;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lessons over {@code /api/lessons} and trainings over {@code /api/trainings}. */
class LessonsAndTrainingsApiTest {
    private static RunningParley parley;
    private static ApiClient api;
    private static String writer;
    private static Content content;
    private static long course;
    private static long otherCourse;
    private static long rivalCourse;
    private static long rivalLesson;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("school");
        parley.createOrganization("rival");
        writer = parley.token("school", "courses:read,courses:write");
        content = new Content(api, writer);
        course = content.course("main");
        otherCourse = content.course("other");
        Content rival = new Content(api, parley.token("rival", "courses:read,courses:write"));
        rivalCourse = rival.course("theirs");
        rivalLesson = rival.lesson(rivalCourse, "Theirs");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static List<String> titles(JsonNode page) {
        return StreamSupport.stream(page.get("data").spliterator(), false).map(n -> n.get("title").asText()).toList();
    }

    @Test
    void lessonsGoLastUnlessPlacedAndAreListedInOrder() {
        long course = content.course("ordered-lessons");
        JsonNode first = content.created("/api/lessons", "{\"course_id\": " + course + ", \"title\": \"Numbers\"}");
        content.created("/api/lessons", "{\"course_id\": " + course + ", \"title\": \"Colours\", \"position\": 5}");
        JsonNode third = content.created("/api/lessons", "{\"course_id\": " + course + ", \"title\": \"Family\"}");
        content.created("/api/lessons", "{\"course_id\": " + course + ", \"title\": \"Greetings\", \"position\": 1}");

        assertThat(first.get("position").asInt()).isEqualTo(1);
        assertThat(first.get("course_id").asLong()).isEqualTo(course);
        assertThat(third.get("position").asInt()).isEqualTo(6);
        assertThat(titles(api.get("/api/lessons?course_id=" + course, writer).json()))
                .containsExactly("Numbers", "Greetings", "Colours", "Family");
        JsonNode page = api.get("/api/lessons?course_id=" + course + "&per_page=3&page=2", writer).json();
        assertThat(titles(page)).containsExactly("Family");
        assertThat(page.get("meta").get("total").asLong()).isEqualTo(4);
        assertThat(page.get("meta").get("from").asLong()).isEqualTo(4);
        assertThat(api.get("/api/lessons/" + first.get("id").asLong(), writer).json().get("data")).isEqualTo(first);
        assertThat(api.get("/api/lessons?course_id=" + rivalCourse, writer).json().get("data")).isEmpty();
        assertThat(api.get("/api/lessons", writer).json().get("meta").get("total").asLong()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aLessonIsRenamedReorderedAndMovedToTheEndOfAnotherCourse() {
        long target = content.course("move-target");
        content.lesson(target, "Already there");
        long lesson = content.lesson(course, "Mover");

        JsonNode renamed = api.send("PUT", "/api/lessons/" + lesson, writer, "{\"title\": \"Renamed\"}", Map.of()).json().get("data");
        JsonNode moved = api.patch("/api/lessons/" + lesson, writer, "{\"course_id\": " + target + "}").json().get("data");
        JsonNode placed = api.patch("/api/lessons/" + lesson, writer, "{\"course_id\": " + otherCourse + ", \"position\": 9}").json().get("data");

        assertThat(renamed.get("title").asText()).isEqualTo("Renamed");
        assertThat(renamed.get("course_id").asLong()).isEqualTo(course);
        assertThat(moved.get("course_id").asLong()).isEqualTo(target);
        assertThat(moved.get("position").asInt()).isEqualTo(2);
        assertThat(moved.get("title").asText()).isEqualTo("Renamed");
        assertThat(placed.get("position").asInt()).isEqualTo(9);
        ApiResponse foreign = api.patch("/api/lessons/" + lesson, writer, "{\"course_id\": " + rivalCourse + "}");
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").has("course_id")).isTrue();
        assertThat(api.get("/api/lessons/" + lesson, writer).json().get("data").get("course_id").asLong()).isEqualTo(otherCourse);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"title\": \"No course\"}                          | course_id",
            "{\"course_id\": \"1\", \"title\": \"T\"}            | course_id",
            "{\"course_id\": -3, \"title\": \"T\"}               | course_id",
            "{\"course_id\": 999, \"title\": \"T\"}              | course_id",
            "{\"course_id\": RIVAL, \"title\": \"T\"}            | course_id",
            "{\"course_id\": COURSE}                             | title",
            "{\"course_id\": COURSE, \"title\": \"\"}            | title",
            "{\"course_id\": COURSE, \"title\": \"T\", \"position\": 0}     | position",
            "{\"course_id\": COURSE, \"title\": \"T\", \"position\": 1.5}   | position",
            "{\"course_id\": COURSE, \"title\": \"T\", \"position\": 1000001} | position"})
    void refusesInvalidLessonsNamingTheField(String template, String field) {
        long before = parley.count("select count(*) from lessons");
        String body = template.replace("RIVAL", Long.toString(rivalCourse)).replace("COURSE", Long.toString(course));

        ApiResponse refused = api.post("/api/lessons", writer, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").has(field)).as(refused.body()).isTrue();
        assertThat(parley.count("select count(*) from lessons")).isEqualTo(before);
    }

    @Test
    void refusesAMalformedCourseFilterAndPage() {
        assertThat(api.get("/api/lessons?course_id=abc", writer).json().get("errors").has("course_id")).isTrue();
        assertThat(api.get("/api/lessons?course_id=0", writer).status()).isEqualTo(422);
        assertThat(api.get("/api/lessons?per_page=101", writer).json().get("errors").has("per_page")).isTrue();
        assertThat(api.get("/api/trainings?lesson_id=x", writer).json().get("errors").has("lesson_id")).isTrue();
        assertThat(api.get("/api/trainings?per_page=101", writer).json().get("errors").has("per_page")).isTrue();
        assertThat(api.get("/api/lessons/abc", writer).status()).isEqualTo(404);
        assertThat(api.get("/api/trainings/-1", writer).status()).isEqualTo(404);
    }

    @Test
    void deletingALessonDeletesItsTrainingsAndItems() {
        long lesson = content.lesson(course, "Doomed");
        long training = content.training(lesson, "Doomed");
        long item = content.item(training);

        assertThat(api.delete("/api/lessons/" + lesson, writer).status()).isEqualTo(204);
        assertThat(api.get("/api/trainings/" + training, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/trainingItems/" + item, writer).status()).isEqualTo(404);
        assertThat(api.delete("/api/lessons/" + lesson, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/courses/" + course, writer).status()).isEqualTo(200);
    }

    @Test
    void trainingsCountTheirItemsAndMoveBetweenLessons() {
        long lesson = content.lesson(course, "Trained");
        long target = content.lesson(course, "Target");
        JsonNode created = content.created("/api/trainings", "{\"lesson_id\": " + lesson + ", \"title\": \"Drill\", \"kind\": \"practice\"}");
        long training = created.get("id").asLong();
        content.training(lesson, "Second");
        content.item(training);
        content.item(training);

        JsonNode shown = api.get("/api/trainings/" + training, writer).json().get("data");
        JsonNode listed = api.get("/api/trainings?lesson_id=" + lesson, writer).json();
        JsonNode moved = api.patch("/api/trainings/" + training, writer, "{\"lesson_id\": " + target + ", \"kind\": \"review\"}")
                .json().get("data");

        assertThat(created.get("item_count").asLong()).isZero();
        assertThat(created.get("position").asInt()).isEqualTo(1);
        assertThat(shown.get("item_count").asLong()).isEqualTo(2);
        assertThat(titles(listed)).containsExactly("Drill", "Second");
        assertThat(listed.get("data").get(0).get("item_count").asLong()).isEqualTo(2);
        assertThat(moved.get("lesson_id").asLong()).isEqualTo(target);
        assertThat(moved.get("kind").asText()).isEqualTo("review");
        assertThat(moved.get("title").asText()).isEqualTo("Drill");
        assertThat(moved.get("item_count").asLong()).isEqualTo(2);
        ApiResponse foreign = api.send("PUT", "/api/trainings/" + training, writer, "{\"lesson_id\": " + rivalLesson + "}", Map.of());
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").has("lesson_id")).isTrue();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"title\": \"T\", \"kind\": \"practice\"}                         | lesson_id",
            "{\"lesson_id\": RIVAL, \"title\": \"T\", \"kind\": \"practice\"}   | lesson_id",
            "{\"lesson_id\": LESSON, \"kind\": \"practice\"}                    | title",
            "{\"lesson_id\": LESSON, \"title\": \"T\"}                          | kind",
            "{\"lesson_id\": LESSON, \"title\": \"T\", \"kind\": \"\"}          | kind",
            "{\"lesson_id\": LESSON, \"title\": \"T\", \"kind\": KIND51}        | kind",
            "{\"lesson_id\": LESSON, \"title\": \"T\", \"kind\": [\"practice\"]} | kind",
            "{\"lesson_id\": LESSON, \"title\": \"T\", \"kind\": \"x\", \"position\": -1} | position"})
    void refusesInvalidTrainingsNamingTheField(String template, String field) {
        long lesson = content.lesson(course, "For trainings");
        long before = parley.count("select count(*) from trainings");
        String body = template.replace("RIVAL", Long.toString(rivalLesson)).replace("LESSON", Long.toString(lesson))
                .replace("KIND51", ApiClient.quote("k".repeat(51)));

        ApiResponse refused = api.post("/api/trainings", writer, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").has(field)).as(refused.body()).isTrue();
        assertThat(parley.count("select count(*) from trainings")).isEqualTo(before);
    }

    @Test
    void deletingATrainingDeletesItsItemsOnly() {
        long lesson = content.lesson(course, "Keeps going");
        long training = content.training(lesson, "Doomed");
        long item = content.item(training);

        assertThat(api.delete("/api/trainings/" + training, writer).status()).isEqualTo(204);
        assertThat(api.get("/api/trainingItems/" + item, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/lessons/" + lesson, writer).status()).isEqualTo(200);
    }
}
