package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.ApiClient.quote;
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

/** Courses over {@code /api/courses} and the public catalogue over {@code /api/public/courses}. */
class LearningContentApiTest {
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z";
    private static RunningParley parley;
    private static ApiClient api;
    private static String writer;
    private static Content content;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("school");
        parley.createOrganization("rival");
        writer = parley.token("school", "courses:read,courses:write");
        content = new Content(api, writer);
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static long courses() {
        return parley.count("select count(*) from courses");
    }

    private static List<String> slugs(JsonNode page) {
        return StreamSupport.stream(page.get("data").spliterator(), false).map(c -> c.get("slug").asText()).toList();
    }

    private static ApiResponse put(String path, String body) {
        return api.send("PUT", path, writer, body, Map.of());
    }

    @Test
    void createsADraftWithEveryFieldAndShowsItByIdAndBySlug() {
        JsonNode created = content.courseFrom("""
                {"slug": "portuguese-basics", "title": "  Portuguese basics ", "description": "Olá!", "language": "pt-br",
                 "source_language": "EN", "cefr_level": "A2"}""");

        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.get("slug").asText()).isEqualTo("portuguese-basics");
        assertThat(created.get("title").asText()).isEqualTo("Portuguese basics");
        assertThat(created.get("description").asText()).isEqualTo("Olá!");
        assertThat(created.get("language").asText()).isEqualTo("pt-BR");
        assertThat(created.get("source_language").asText()).isEqualTo("en");
        assertThat(created.get("cefr_level").asText()).isEqualTo("A2");
        assertThat(created.get("status").asText()).isEqualTo("draft");
        assertThat(created.get("published_at").isNull()).isTrue();
        assertThat(created.get("created_at").asText()).matches(TIMESTAMP);
        assertThat(created.get("updated_at").asText()).isEqualTo(created.get("created_at").asText());
        assertThat(created.get("lessons")).isEmpty();
        assertThat(created.get("item_count").asLong()).isZero();
        JsonNode byId = api.get("/api/courses/" + created.get("id").asLong(), writer).json().get("data");
        JsonNode bySlug = api.get("/api/courses/portuguese-basics", writer).json().get("data");
        assertThat(byId).isEqualTo(created);
        assertThat(bySlug).isEqualTo(created);
    }

    @Test
    void anAllDigitSlugStillFindsItsCourse() {
        long id = content.course("2024");

        assertThat(api.get("/api/courses/2024", writer).json().get("data").get("id").asLong()).isEqualTo(id);
        assertThat(api.get("/api/courses/Not_A_Slug", writer).status()).isEqualTo(404);
        assertThat(api.get("/api/courses/0", writer).status()).isEqualTo(404);
    }

    @Test
    void publishingStampsTheFirstPublicationAndAPublishedCourseNeverBecomesADraft() {
        long id = content.course("publishing");

        JsonNode published = api.patch("/api/courses/" + id, writer, "{\"status\": \"published\"}").json().get("data");
        JsonNode archived = api.patch("/api/courses/" + id, writer, "{\"status\": \"archived\"}").json().get("data");
        JsonNode republished = put("/api/courses/publishing", "{\"status\": \"published\"}").json().get("data");
        ApiResponse backToDraft = api.patch("/api/courses/" + id, writer, "{\"status\": \"draft\", \"title\": \"Changed\"}");

        assertThat(published.get("published_at").asText()).matches(TIMESTAMP);
        assertThat(archived.get("published_at")).isEqualTo(published.get("published_at"));
        assertThat(republished.get("published_at")).isEqualTo(published.get("published_at"));
        assertThat(backToDraft.status()).isEqualTo(422);
        assertThat(backToDraft.json().get("errors").has("status")).isTrue();
        JsonNode stored = api.get("/api/courses/" + id, writer).json().get("data");
        assertThat(stored.get("status").asText()).isEqualTo("published");
        assertThat(stored.get("title").asText()).isEqualTo("Course publishing");
    }

    @Test
    void aCourseCreatedPublishedIsPublishedAtOnce() {
        JsonNode course = content.courseFrom(Content.courseBody("born-published", "published"));

        assertThat(course.get("status").asText()).isEqualTo("published");
        assertThat(course.get("published_at").asText()).isEqualTo(course.get("created_at").asText());
    }

    @Test
    void putAndPatchChangeOnlyTheFieldsGiven() {
        JsonNode before = content.courseFrom("""
                {"slug": "partial", "title": "Partial", "description": "Kept", "language": "ja", "source_language": "en",
                 "cefr_level": "B1"}""");

        JsonNode put = put("/api/courses/partial", "{\"title\": \"Renamed\"}").json().get("data");
        JsonNode patched = api.patch("/api/courses/partial", writer, "{\"cefr_level\": \"B2\", \"slug\": \"partial-b2\"}").json().get("data");
        JsonNode cleared = api.patch("/api/courses/partial-b2", writer, "{\"description\": null}").json().get("data");
        JsonNode emptied = api.patch("/api/courses/partial-b2", writer, "{\"description\": \"Again\"}").json().get("data");
        JsonNode blank = api.patch("/api/courses/partial-b2", writer, "{\"description\": \"\"}").json().get("data");

        assertThat(put.get("title").asText()).isEqualTo("Renamed");
        assertThat(put.get("description").asText()).isEqualTo("Kept");
        assertThat(put.get("language").asText()).isEqualTo("ja");
        assertThat(patched.get("title").asText()).isEqualTo("Renamed");
        assertThat(patched.get("cefr_level").asText()).isEqualTo("B2");
        assertThat(patched.get("slug").asText()).isEqualTo("partial-b2");
        assertThat(patched.get("id")).isEqualTo(before.get("id"));
        assertThat(cleared.get("description").isNull()).isTrue();
        assertThat(emptied.get("description").asText()).isEqualTo("Again");
        assertThat(blank.get("description").isNull()).isTrue();
        assertThat(api.get("/api/courses/partial", writer).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}                      | slug",
            "{\"slug\": \"Bad Slug\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"} | slug",
            "{\"slug\": \"a--b\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}     | slug",
            "{\"slug\": 7, \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}            | slug",
            "{\"slug\": \"s\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}                        | title",
            "{\"slug\": \"s\", \"title\": \"  \", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}        | title",
            "{\"slug\": \"s\", \"title\": \"T\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}                            | language",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"english\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}  | language",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en_US\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"}    | language",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en\", \"cefr_level\": \"A1\"}                                   | source_language",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"j\", \"cefr_level\": \"A1\"}        | source_language",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\"}                               | cefr_level",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"D1\"}       | cefr_level",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"a1\"}       | cefr_level",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\", \"status\": \"deleted\"} | status",
            "{\"slug\": \"s\", \"title\": \"T\", \"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\", \"description\": 5} | description"})
    void refusesInvalidCoursesNamingTheFieldAndCreatesNothing(String body, String field) {
        long before = courses();

        ApiResponse refused = api.post("/api/courses", writer, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").has(field)).as(refused.body()).isTrue();
        assertThat(courses()).isEqualTo(before);
    }

    @Test
    void enforcesTheLengthsOfSlugTitleAndDescription() {
        String base = "\"language\": \"en\", \"source_language\": \"ja\", \"cefr_level\": \"A1\"";
        assertThat(api.post("/api/courses", writer, "{\"slug\": " + quote("s".repeat(100)) + ", \"title\": " + quote("t".repeat(200))
                + ", \"description\": " + quote("d".repeat(5000)) + ", " + base + "}").status()).isEqualTo(201);
        assertThat(api.post("/api/courses", writer, "{\"slug\": " + quote("s".repeat(101)) + ", \"title\": \"t\", " + base + "}")
                .json().get("errors").has("slug")).isTrue();
        assertThat(api.post("/api/courses", writer, "{\"slug\": \"long-title\", \"title\": " + quote("t".repeat(201)) + ", " + base + "}")
                .json().get("errors").has("title")).isTrue();
        assertThat(api.post("/api/courses", writer, "{\"slug\": \"long-description\", \"title\": \"t\", \"description\": "
                + quote("d".repeat(5001)) + ", " + base + "}").json().get("errors").has("description")).isTrue();
    }

    @Test
    void aSlugIsUniqueWithinAnOrganizationOnly() {
        content.course("unique-slug");
        content.course("other-slug");

        ApiResponse duplicate = api.post("/api/courses", writer, Content.courseBody("unique-slug", "draft"));
        ApiResponse renamed = api.patch("/api/courses/other-slug", writer, "{\"slug\": \"unique-slug\"}");
        ApiResponse elsewhere = api.post("/api/courses", parley.token("rival", "courses:write"), Content.courseBody("unique-slug", "draft"));

        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().get("errors").get("slug").get(0).asText()).contains("taken");
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.json().get("errors").has("slug")).isTrue();
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void listsPagesAndFiltersCourses() {
        parley.createOrganization("lister");
        String token = parley.token("lister", "courses:read,courses:write");
        Content rival = new Content(api, token);
        rival.courseFrom("""
                {"slug": "english-a1", "title": "English for Travel", "language": "en", "source_language": "ja", "cefr_level": "A1",
                 "status": "published"}""");
        rival.courseFrom("""
                {"slug": "english-b2", "title": "Business ENGLISH", "language": "en", "source_language": "ja", "cefr_level": "B2"}""");
        rival.courseFrom("""
                {"slug": "spanish-a1", "title": "Español", "language": "es", "source_language": "en", "cefr_level": "A1",
                 "status": "published"}""");

        JsonNode first = api.get("/api/courses?per_page=2", token).json();
        JsonNode second = api.get("/api/courses?per_page=2&page=2", token).json();

        assertThat(slugs(first)).containsExactly("english-a1", "english-b2");
        assertThat(slugs(second)).containsExactly("spanish-a1");
        assertThat(first.get("meta").get("total").asLong()).isEqualTo(3);
        assertThat(first.get("meta").get("last_page").asLong()).isEqualTo(2);
        assertThat(first.get("meta").get("per_page").asLong()).isEqualTo(2);
        assertThat(first.get("meta").get("from").asLong()).isEqualTo(1);
        assertThat(first.get("links").get("next").asText()).isEqualTo("/api/courses?per_page=2&page=2");
        assertThat(second.get("links").get("first").asText()).isEqualTo("/api/courses?per_page=2&page=1");
        assertThat(second.get("links").get("next").isNull()).isTrue();
        assertThat(api.get("/api/courses", token).json().get("meta").get("per_page").asLong()).isEqualTo(15);
        assertThat(slugs(api.get("/api/courses?status=published", token).json())).containsExactly("english-a1", "spanish-a1");
        assertThat(slugs(api.get("/api/courses?language=EN&cefr_level=B2", token).json())).containsExactly("english-b2");
        assertThat(slugs(api.get("/api/courses?q=english", token).json())).containsExactly("english-a1", "english-b2");
        assertThat(slugs(api.get("/api/courses?q=ESPA", token).json())).containsExactly("spanish-a1");
        assertThat(api.get("/api/courses?status=draft&language=es", token).json().get("data")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"per_page=101,per_page", "per_page=0,per_page", "page=0,page", "page=x,page", "status=deleted,status",
            "cefr_level=D1,cefr_level", "language=en_US,language"})
    void refusesUnknownFiltersAndPagesNamingTheParameter(String query, String field) {
        ApiResponse refused = api.get("/api/courses?" + query, writer);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").has(field)).isTrue();
    }

    @Test
    void theDetailsHoldLessonsInOrderWithTheirTrainingsAndItemCounts() {
        long course = content.course("outlined");
        long second = content.lesson(course, "Second");
        long first = parley.api().post("/api/lessons", writer, "{\"course_id\": " + course + ", \"title\": \"First\", \"position\": 1}")
                .json().get("data").get("id").asLong();
        api.patch("/api/lessons/" + second, writer, "{\"position\": 2}");
        long drill = content.training(first, "Drill");
        long review = content.training(first, "Review");
        content.item(drill);
        content.item(drill);
        content.item(review);

        JsonNode detail = api.get("/api/courses/outlined", writer).json().get("data");

        assertThat(detail.get("item_count").asLong()).isEqualTo(3);
        assertThat(detail.get("lessons")).hasSize(2);
        assertThat(detail.get("lessons").get(0).get("title").asText()).isEqualTo("First");
        assertThat(detail.get("lessons").get(1).get("id").asLong()).isEqualTo(second);
        JsonNode trainings = detail.get("lessons").get(0).get("trainings");
        assertThat(trainings.get(0).get("title").asText()).isEqualTo("Drill");
        assertThat(trainings.get(0).get("item_count").asLong()).isEqualTo(2);
        assertThat(trainings.get(1).get("item_count").asLong()).isEqualTo(1);
        assertThat(trainings.get(1).get("kind").asText()).isEqualTo("practice");
        assertThat(detail.get("lessons").get(1).get("trainings")).isEmpty();
    }

    @Test
    void deletingACourseDeletesEverythingInIt() {
        long course = content.course("doomed");
        long lesson = content.lesson(course, "Lesson");
        long training = content.training(lesson, "Training");
        long item = content.item(training);
        long kept = content.item(content.training(content.lesson(content.course("kept"), "Kept"), "Kept"));

        ApiResponse deleted = api.delete("/api/courses/doomed", writer);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get("/api/courses/" + course, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/lessons/" + lesson, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/trainings/" + training, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/trainingItems/" + item, writer).status()).isEqualTo(404);
        assertThat(parley.count("select count(*) from lessons where course_id = ?", course)).isZero();
        assertThat(parley.count("select count(*) from training_items where id = ?", item)).isZero();
        assertThat(api.get("/api/trainingItems/" + kept, writer).status()).isEqualTo(200);
        assertThat(api.delete("/api/courses/" + course, writer).status()).isEqualTo(404);
    }

    @Test
    void replaysAnIdempotentCreation() {
        Map<String, String> key = Map.of("Idempotency-Key", "course-once");
        String body = Content.courseBody("idempotent", "draft");

        ApiResponse first = api.send("POST", "/api/courses", writer, body, key);
        ApiResponse replay = api.send("POST", "/api/courses", writer, body, key);
        ApiResponse other = api.send("POST", "/api/courses", writer, Content.courseBody("not-the-same", "draft"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(409);
        assertThat(parley.count("select count(*) from courses where slug = 'idempotent'")).isEqualTo(1);
    }

    @Test
    void thePublicCatalogueShowsAnOrganizationsPublishedCoursesToAnyone() {
        parley.createOrganization("academy");
        Content academy = new Content(api, parley.token("academy", "courses:read,courses:write"));
        long published = academy.courseFrom(Content.courseBody("open-course", "published")).get("id").asLong();
        academy.lesson(published, "Welcome");
        academy.courseFrom(Content.courseBody("secret-draft", "draft"));
        long archived = academy.courseFrom(Content.courseBody("old-course", "published")).get("id").asLong();
        api.patch("/api/courses/" + archived, parley.token("academy", "courses:write"), "{\"status\": \"archived\"}");
        academy.courseFrom("""
                {"slug": "japanese-b1", "title": "Japanese", "language": "ja", "source_language": "en", "cefr_level": "B1",
                 "status": "published"}""");

        ApiResponse list = api.get("/api/public/courses?organization=academy", null);
        JsonNode open = api.get("/api/public/courses/open-course?organization=academy", null).json().get("data");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("RateLimit-Policy")).isNotNull();
        assertThat(slugs(list.json())).containsExactly("open-course", "japanese-b1");
        assertThat(open.has("status")).isFalse();
        assertThat(open.get("lessons").get(0).get("title").asText()).isEqualTo("Welcome");
        assertThat(open.get("lessons").get(0).get("position").asInt()).isEqualTo(1);
        assertThat(open.get("published_at").asText()).matches(TIMESTAMP);
        assertThat(slugs(api.get("/api/public/courses?organization=academy&language=ja", null).json())).containsExactly("japanese-b1");
        JsonNode firstOfTwo = api.get("/api/public/courses?organization=academy&per_page=1", null).json();
        assertThat(slugs(firstOfTwo)).containsExactly("open-course");
        assertThat(firstOfTwo.get("links").get("next").asText()).isEqualTo("/api/public/courses?organization=academy&per_page=1&page=2");
        assertThat(slugs(api.get(firstOfTwo.get("links").get("next").asText(), null).json())).containsExactly("japanese-b1");
        for (String hidden : List.of("secret-draft", "old-course", "nothing-here", "Not_A_Slug")) {
            assertThat(api.get("/api/public/courses/" + hidden + "?organization=academy", null).status()).as(hidden).isEqualTo(404);
        }
        assertThat(api.get("/api/public/courses/open-course?organization=school", null).status()).isEqualTo(404);
        assertThat(slugs(api.get("/api/public/courses?organization=school", null).json())).doesNotContain("open-course");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/public/courses,organization", "/api/public/courses?organization=nobody,organization",
            "/api/public/courses?organization=Not A Slug,organization", "/api/public/courses/x,organization",
            "/api/public/courses?organization=school&per_page=101,per_page",
            "/api/public/courses?organization=school&cefr_level=D1,cefr_level",
            "/api/public/courses?organization=school&language=x,language"})
    void thePublicCatalogueNeedsAKnownOrganizationAndValidFilters(String path, String field) {
        ApiResponse refused = api.get(path.replace(" ", "%20"), null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").has(field)).isTrue();
    }
}
