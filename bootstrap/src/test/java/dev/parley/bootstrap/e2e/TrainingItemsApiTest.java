package dev.parley.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Training items over {@code /api/trainingItems}: every type, its rules, and who may see solutions. */
class TrainingItemsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningParley parley;
    private static ApiClient api;
    private static String writer;
    private static String reader;
    private static Content content;
    private static long training;
    private static long otherTraining;
    private static long rivalTraining;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("school");
        parley.createOrganization("rival");
        writer = parley.token("school", "courses:read,courses:write");
        reader = parley.token("school", "courses:read");
        content = new Content(api, writer);
        long lesson = content.lesson(content.course("items"), "Lesson");
        training = content.training(lesson, "Drill");
        otherTraining = content.training(lesson, "Review");
        Content rival = new Content(api, parley.token("rival", "courses:read,courses:write"));
        rivalTraining = rival.training(rival.lesson(rival.course("theirs"), "Theirs"), "Theirs");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static String item(String type, String content, String solution) {
        return """
                {"training_id": %d, "type": "%s", "skill": "vocabulary", "cefr_level": "A1", "content": %s%s}"""
                .formatted(training, type, content, solution == null ? "" : ", \"solution\": " + solution);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long items() {
        return parley.count("select count(*) from training_items");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "multiple_choice | {\"prompt\": \"犬?\", \"choices\": [\"cat\", \"dog\"]}                      | {\"correct_index\": 1}        | false",
            "fill_blank      | {\"prompt\": \"I ___ a student.\"}                                          | {\"accepted\": [\"am\"]}     | false",
            "translate       | {\"prompt\": \"おはよう\"}                                                    | {\"accepted\": [\"Good morning\", \"Morning\"]} | false",
            "match_pairs     | {\"left\": [\"dog\", \"cat\"], \"right\": [\"猫\", \"犬\"]}                  | {\"pairs\": [[0, 1], [1, 0]]} | false",
            "listen_select   | {\"prompt\": \"Which?\", \"choices\": [\"a\", \"b\"], \"audio_url\": \"https://cdn.example.com/a.mp3\"} | {\"correct_index\": 0} | false",
            "flashcard       | {\"front\": \"駅\", \"back\": \"station\"}                                     |                              | false",
            "speak_repeat    | {\"prompt\": \"Repeat: ありがとう\"}                                            |                              | true",
            "free_text       | {\"prompt\": \"Describe your town.\"}                                         |                              | true"})
    void createsAnItemOfEveryTypeAsGiven(String type, String itemContent, String solution, boolean selfScored) {
        JsonNode created = content.created("/api/trainingItems", item(type, itemContent, solution));

        assertThat(created.get("type").asText()).isEqualTo(type);
        assertThat(created.get("training_id").asLong()).isEqualTo(training);
        assertThat(created.get("skill").asText()).isEqualTo("vocabulary");
        assertThat(created.get("cefr_level").asText()).isEqualTo("A1");
        assertThat(created.get("xp").asInt()).isEqualTo(10);
        assertThat(created.get("self_scored").asBoolean()).isEqualTo(selfScored);
        assertThat(created.get("content")).isEqualTo(json(itemContent));
        if (solution == null) {
            assertThat(created.has("solution")).isFalse();
        } else {
            assertThat(created.get("solution")).isEqualTo(json(solution));
        }
        assertThat(api.get("/api/trainingItems/" + created.get("id").asLong(), writer).json().get("data")).isEqualTo(created);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "multiple_choice | content.choices        | {\"prompt\": \"p\", \"choices\": [\"only\"]}                        | {\"correct_index\": 0}",
            "multiple_choice | content.choices        | {\"prompt\": \"p\", \"choices\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]} | {\"correct_index\": 0}",
            "multiple_choice | content.choices        | {\"prompt\": \"p\", \"choices\": [\"a\", \"a\"]}                    | {\"correct_index\": 0}",
            "multiple_choice | content.choices        | {\"prompt\": \"p\", \"choices\": [\"a\", 2]}                        | {\"correct_index\": 0}",
            "multiple_choice | content.prompt         | {\"choices\": [\"a\", \"b\"]}                                       | {\"correct_index\": 0}",
            "multiple_choice | solution.correct_index | {\"prompt\": \"p\", \"choices\": [\"a\", \"b\"]}                    | {\"correct_index\": 2}",
            "multiple_choice | solution.correct_index | {\"prompt\": \"p\", \"choices\": [\"a\", \"b\"]}                    | {\"correct_index\": \"0\"}",
            "multiple_choice | solution               | {\"prompt\": \"p\", \"choices\": [\"a\", \"b\"]}                    | ",
            "multiple_choice | content                | \"just text\"                                                     | {\"correct_index\": 0}",
            "fill_blank      | solution.accepted      | {\"prompt\": \"I ___ a student.\"}                                | {\"accepted\": []}",
            "fill_blank      | solution.accepted      | {\"prompt\": \"I ___ a student.\"}                                | {\"answer\": \"am\"}",
            "translate       | solution.accepted      | {\"prompt\": \"おはよう\"}                                          | {\"accepted\": \"Good morning\"}",
            "translate       | content.prompt         | {\"text\": \"おはよう\"}                                            | {\"accepted\": [\"Good morning\"]}",
            "match_pairs     | content.right          | {\"left\": [\"a\", \"b\"], \"right\": [\"x\"]}                      | {\"pairs\": [[0, 0], [1, 1]]}",
            "match_pairs     | solution.pairs         | {\"left\": [\"a\", \"b\"], \"right\": [\"x\", \"y\"]}               | {\"pairs\": [[0, 0], [1, 0]]}",
            "match_pairs     | solution.pairs         | {\"left\": [\"a\", \"b\"], \"right\": [\"x\", \"y\"]}               | {\"pairs\": [[0, 0]]}",
            "match_pairs     | solution.pairs         | {\"left\": [\"a\", \"b\"], \"right\": [\"x\", \"y\"]}               | {\"pairs\": [[0, 0, 1], [1, 1]]}",
            "listen_select   | content.audio_url      | {\"prompt\": \"p\", \"choices\": [\"a\", \"b\"], \"audio_url\": \"http://cdn.example.com/a.mp3\"} | {\"correct_index\": 0}",
            "listen_select   | content.audio_url      | {\"prompt\": \"p\", \"choices\": [\"a\", \"b\"]}                    | {\"correct_index\": 0}",
            "flashcard       | solution               | {\"front\": \"a\", \"back\": \"b\"}                                 | {\"known\": true}",
            "flashcard       | content.back           | {\"front\": \"a\"}                                                | ",
            "speak_repeat    | solution               | {\"prompt\": \"Repeat\"}                                          | {\"accepted\": [\"x\"]}",
            "free_text       | content.prompt         | {\"prompt\": \"   \"}                                             | ",
            "essay           | type                   | {\"prompt\": \"Write\"}                                           | "})
    void refusesContentAndSolutionsThatDoNotFitTheType(String type, String field, String itemContent, String solution) {
        long before = items();

        ApiResponse refused = api.post("/api/trainingItems", writer, item(type, itemContent, solution));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").has(field)).as(refused.body()).isTrue();
        assertThat(items()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "\"type\": \"flashcard\", \"skill\": \"reading\", \"cefr_level\": \"A1\"                       | training_id",
            "\"training_id\": RIVAL, \"type\": \"flashcard\", \"skill\": \"reading\", \"cefr_level\": \"A1\" | training_id",
            "\"training_id\": TRAINING, \"skill\": \"reading\", \"cefr_level\": \"A1\"                     | type",
            "\"training_id\": TRAINING, \"type\": \"flashcard\", \"cefr_level\": \"A1\"                    | skill",
            "\"training_id\": TRAINING, \"type\": \"flashcard\", \"skill\": \"math\", \"cefr_level\": \"A1\" | skill",
            "\"training_id\": TRAINING, \"type\": \"flashcard\", \"skill\": \"reading\"                    | cefr_level",
            "\"training_id\": TRAINING, \"type\": \"flashcard\", \"skill\": \"reading\", \"cefr_level\": \"D1\" | cefr_level",
            "\"training_id\": TRAINING, \"type\": \"flashcard\", \"skill\": \"reading\", \"cefr_level\": \"A1\", \"xp\": 0    | xp",
            "\"training_id\": TRAINING, \"type\": \"flashcard\", \"skill\": \"reading\", \"cefr_level\": \"A1\", \"xp\": 1001 | xp",
            "\"training_id\": TRAINING, \"type\": \"flashcard\", \"skill\": \"reading\", \"cefr_level\": \"A1\", \"position\": 0 | position"})
    void refusesItemFieldsNamingThem(String fields, String field) {
        String body = "{" + fields.replace("RIVAL", Long.toString(rivalTraining)).replace("TRAINING", Long.toString(training))
                + ", \"content\": {\"front\": \"a\", \"back\": \"b\"}}";

        ApiResponse refused = api.post("/api/trainingItems", writer, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").has(field)).as(refused.body()).isTrue();
    }

    @Test
    void solutionsAreShownOnlyToTokensThatMayWriteCourses() {
        long lesson = content.lesson(content.course("secrets"), "Secrets");
        long secrets = content.training(lesson, "Secrets");
        long item = content.item(secrets);
        content.created("/api/trainingItems", """
                {"training_id": %d, "type": "flashcard", "skill": "reading", "cefr_level": "A1", "content": {"front": "a", "back": "b"}}"""
                .formatted(secrets));

        JsonNode asAuthor = api.get("/api/trainingItems/" + item, writer).json().get("data");
        JsonNode asReader = api.get("/api/trainingItems/" + item, reader).json().get("data");
        JsonNode readerPage = api.get("/api/trainingItems?training_id=" + secrets, reader).json();
        JsonNode authorPage = api.get("/api/trainingItems?training_id=" + secrets, writer).json();

        assertThat(asAuthor.get("solution").get("correct_index").asInt()).isEqualTo(1);
        assertThat(asReader.has("solution")).isFalse();
        assertThat(asReader.get("content")).isEqualTo(asAuthor.get("content"));
        assertThat(readerPage.get("data")).hasSize(2).allSatisfy(i -> assertThat(i.has("solution")).isFalse());
        assertThat(readerPage.toString()).doesNotContain("correct_index");
        assertThat(authorPage.get("data").get(0).has("solution")).isTrue();
        assertThat(authorPage.get("data").get(1).has("solution")).isFalse();
        String readerAndAdmin = parley.token("school", "*");
        assertThat(api.get("/api/trainingItems/" + item, readerAndAdmin).json().get("data").has("solution")).isTrue();
    }

    @Test
    void filtersByTrainingAndTypeAndPages() {
        long lesson = content.lesson(content.course("filtered"), "Filtered");
        long filtered = content.training(lesson, "Filtered");
        content.item(filtered);
        content.created("/api/trainingItems", """
                {"training_id": %d, "type": "free_text", "skill": "writing", "cefr_level": "B1", "xp": 40,
                 "content": {"prompt": "Why?"}}""".formatted(filtered));
        content.item(filtered);

        JsonNode all = api.get("/api/trainingItems?training_id=" + filtered, reader).json();
        JsonNode freeText = api.get("/api/trainingItems?training_id=" + filtered + "&type=free_text", reader).json();
        JsonNode paged = api.get("/api/trainingItems?training_id=" + filtered + "&per_page=2&page=2", reader).json();

        assertThat(all.get("meta").get("total").asLong()).isEqualTo(3);
        assertThat(StreamSupport.stream(all.get("data").spliterator(), false).map(i -> i.get("position").asInt()).toList())
                .containsExactly(1, 2, 3);
        assertThat(freeText.get("data")).hasSize(1);
        assertThat(freeText.get("data").get(0).get("xp").asInt()).isEqualTo(40);
        assertThat(paged.get("data")).hasSize(1);
        assertThat(paged.get("meta").get("current_page").asInt()).isEqualTo(2);
        assertThat(api.get("/api/trainingItems?training_id=" + rivalTraining, reader).json().get("data")).isEmpty();
        for (String query : List.of("type=essay", "training_id=x", "per_page=101")) {
            String field = query.substring(0, query.indexOf('='));
            assertThat(api.get("/api/trainingItems?" + query, reader).json().get("errors").has(field)).as(query).isTrue();
        }
    }

    @Test
    void anUpdateKeepsWhatIsNotGivenAndChecksContentAgainstTheSolution() {
        long item = content.item(training);

        JsonNode worth = api.patch("/api/trainingItems/" + item, writer, "{\"xp\": 25, \"skill\": \"reading\"}").json().get("data");
        ApiResponse tooFew = api.patch("/api/trainingItems/" + item, writer,
                "{\"content\": {\"prompt\": \"p\", \"choices\": [\"cat\", \"bird\"]}, \"solution\": {\"correct_index\": 2}}");
        JsonNode fewer = api.send("PUT", "/api/trainingItems/" + item, writer,
                "{\"content\": {\"prompt\": \"p\", \"choices\": [\"cat\", \"dog\"]}}", Map.of()).json().get("data");
        JsonNode card = api.patch("/api/trainingItems/" + item, writer,
                "{\"type\": \"flashcard\", \"content\": {\"front\": \"犬\", \"back\": \"dog\"}}").json().get("data");
        ApiResponse backWithoutSolution = api.patch("/api/trainingItems/" + item, writer,
                "{\"type\": \"multiple_choice\", \"content\": {\"prompt\": \"p\", \"choices\": [\"a\", \"b\"]}}");

        assertThat(worth.get("xp").asInt()).isEqualTo(25);
        assertThat(worth.get("skill").asText()).isEqualTo("reading");
        assertThat(worth.get("solution").get("correct_index").asInt()).isEqualTo(1);
        assertThat(tooFew.status()).isEqualTo(422);
        assertThat(tooFew.json().get("errors").has("solution.correct_index")).isTrue();
        assertThat(fewer.get("content").get("choices")).hasSize(2);
        assertThat(fewer.get("solution").get("correct_index").asInt()).isEqualTo(1);
        assertThat(fewer.get("xp").asInt()).isEqualTo(25);
        assertThat(card.get("type").asText()).isEqualTo("flashcard");
        assertThat(card.has("solution")).isFalse();
        assertThat(backWithoutSolution.json().get("errors").has("solution")).isTrue();
    }

    @Test
    void anItemMovesToTheEndOfAnotherTrainingOfTheSameOrganizationOnly() {
        content.item(otherTraining);
        content.item(otherTraining);
        long item = content.item(training);

        JsonNode moved = api.patch("/api/trainingItems/" + item, writer, "{\"training_id\": " + otherTraining + "}").json().get("data");
        ApiResponse foreign = api.patch("/api/trainingItems/" + item, writer, "{\"training_id\": " + rivalTraining + "}");

        assertThat(moved.get("training_id").asLong()).isEqualTo(otherTraining);
        assertThat(moved.get("position").asInt()).isEqualTo(3);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").has("training_id")).isTrue();
        assertThat(api.get("/api/trainingItems/" + item, writer).json().get("data").get("training_id").asLong()).isEqualTo(otherTraining);
    }

    @Test
    void aDeletedItemIsGone() {
        long item = content.item(training);

        assertThat(api.delete("/api/trainingItems/" + item, writer).status()).isEqualTo(204);
        assertThat(api.get("/api/trainingItems/" + item, writer).status()).isEqualTo(404);
        assertThat(api.delete("/api/trainingItems/" + item, writer).status()).isEqualTo(404);
        assertThat(api.get("/api/trainings/" + training, writer).status()).isEqualTo(200);
    }
}
