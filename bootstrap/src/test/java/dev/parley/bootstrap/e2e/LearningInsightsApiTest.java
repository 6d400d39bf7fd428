package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.Content;
import dev.parley.bootstrap.support.Learners;
import dev.parley.bootstrap.support.Learners.Person;
import dev.parley.bootstrap.support.RunningParley;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner's insights over {@code /api/learning-insights} as they answer items over HTTP: skills ranked, most-missed items,
 * the next lesson, the minutes of their weeks, with tenancy and abilities.
 */
class LearningInsightsApiTest {
    private static final String PATH = "/api/learning-insights";
    private static final String RIGHT = "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": 4200}";
    private static final String WRONG = "{\"answer\": {\"choice_index\": 2}, \"duration_ms\": 3100}";
    private static RunningParley parley;
    private static ApiClient api;
    private static Learners people;
    private static Content content;
    private static long japanese;
    private static long greetings;
    private static long station;
    private static long hello;
    private static long ticket;
    private static long french;
    private static long bonjour;
    private static long salut;
    private static long skills;
    private static long drillsLesson;
    private static long drills;
    private static long reading;
    private static long listening;
    private static long grammar;
    private static long vocabulary;
    private static long card;
    private static long pairs;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        people = new Learners(parley);
        parley.createOrganization("school");
        parley.createOrganization("rival");
        content = new Content(api, parley.token("school", "courses:read,courses:write"));
        japanese = published("japanese");
        greetings = content.lesson(japanese, "Greetings");
        hello = content.item(content.training(greetings, "Words"));
        station = content.lesson(japanese, "At the station");
        ticket = content.item(content.training(station, "Tickets"));
        content.lesson(japanese, "Coming soon");
        french = published("french");
        bonjour = content.lesson(french, "Bonjour");
        salut = content.item(content.training(bonjour, "Mots"));
        content.item(content.training(content.lesson(content.course("draft-course"), "Draft"), "Draft"));
        skills = published("skills");
        drillsLesson = content.lesson(skills, "Drills");
        drills = content.training(drillsLesson, "Drills");
        reading = item(drills, "reading");
        listening = item(drills, "listening");
        grammar = item(drills, "grammar");
        vocabulary = item(drills, "vocabulary");
        card = content.created("/api/trainingItems", """
                {"training_id": %d, "type": "flashcard", "skill": "vocabulary", "cefr_level": "A1",
                 "content": {"front": "ありがとう", "back": "Thank you"}}""".formatted(drills)).get("id").asLong();
        pairs = content.created("/api/trainingItems", """
                {"training_id": %d, "type": "match_pairs", "skill": "vocabulary", "cefr_level": "A1",
                 "content": {"left": ["dog", "cat"], "right": ["猫", "犬"]}, "solution": {"pairs": [[0, 1], [1, 0]]}}"""
                .formatted(drills)).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static long published(String slug) {
        return content.courseFrom(Content.courseBody(slug, "published")).get("id").asLong();
    }

    /** A multiple-choice item training {@code skill}, whose right answer is the second choice. */
    private static long item(long training, String skill) {
        return content.created("/api/trainingItems", Content.multipleChoice(training).replace("\"vocabulary\"", quote(skill)))
                .get("id").asLong();
    }

    private static void answer(long item, Person learner, String body, int times) {
        for (int i = 0; i < times; i++) {
            ApiResponse answered = api.post("/api/trainingItems/" + item + "/attempts", learner.token(), body);
            assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        }
    }

    private static JsonNode insights(Person learner) {
        ApiResponse response = api.get(PATH, learner.token());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("data");
    }

    private static List<String> skills(JsonNode list) {
        List<String> skills = new ArrayList<>();
        list.forEach(skill -> skills.add(skill.get("skill").asText() + " " + skill.get("correct").asInt() + "/"
                + skill.get("attempts").asInt() + " " + skill.get("accuracy").asDouble()));
        return skills;
    }

    private static List<Long> ids(JsonNode list, String field) {
        List<Long> ids = new ArrayList<>();
        list.forEach(entry -> ids.add(entry.get(field).asLong()));
        return ids;
    }

    @Test
    void aLearnerWithoutActivityIsToldToStartTheOldestPublishedCourseAndHasNothingElseYet() {
        Person hana = people.learner("school", "hana@school.test", "Hana");

        JsonNode data = insights(hana);

        assertThat(data.get("user_id").asLong()).isEqualTo(hana.id());
        assertThat(data.get("time_zone").asText()).isEqualTo("UTC");
        assertThat(data.get("strongest_skills")).isEmpty();
        assertThat(data.get("weakest_skills")).isEmpty();
        assertThat(data.get("most_missed_items")).isEmpty();
        assertThat(data.get("recommended_next_lesson")).isEqualTo(new ApiResponse(200, null, """
                {"lesson_id": %d, "course_id": %d, "course_title": "Course japanese", "title": "Greetings", "position": 1,
                 "completed_items": 0, "total_items": 1, "reason": "start"}""".formatted(greetings, japanese)).json());
        assertThat(data.get("minutes_this_week").asLong()).isZero();
        assertThat(data.get("minutes_last_week").asLong()).isZero();
        assertThat(data.get("minutes_change_percent").isNull()).isTrue();
    }

    @Test
    void skillsWithFiveAttemptsOrMoreAreSplitIntoStrongestAndWeakestByAccuracy() {
        Person kenji = people.learner("school", "kenji@school.test", "Kenji");
        answer(reading, kenji, RIGHT, 5);
        answer(listening, kenji, WRONG, 4);
        answer(listening, kenji, RIGHT, 1);
        answer(grammar, kenji, RIGHT, 3);
        answer(grammar, kenji, WRONG, 3);
        answer(vocabulary, kenji, WRONG, 4);

        JsonNode data = insights(kenji);

        assertThat(skills(data.get("strongest_skills"))).containsExactly("reading 5/5 1.0", "grammar 3/6 0.5");
        assertThat(skills(data.get("weakest_skills"))).containsExactly("listening 1/5 0.2");

        answer(vocabulary, kenji, RIGHT, 2);
        answer(grammar, kenji, RIGHT, 1);

        JsonNode more = insights(kenji);
        assertThat(skills(more.get("strongest_skills"))).containsExactly("reading 5/5 1.0", "grammar 4/7 0.5714");
        assertThat(skills(more.get("weakest_skills"))).containsExactly("listening 1/5 0.2", "vocabulary 2/6 0.3333");
    }

    @Test
    void theMostMissedItemsComeFirstThenTheLatestWithTheirPromptButNeverTheirSolution() {
        Person mei = people.learner("school", "mei@school.test", "Mei");
        answer(reading, mei, WRONG, 3);
        answer(reading, mei, RIGHT, 1);
        answer(grammar, mei, WRONG, 1);
        answer(pairs, mei, "{\"answer\": {\"pairs\": [[0, 0], [1, 1]]}, \"duration_ms\": 5000}", 1);
        answer(card, mei, "{\"answer\": {\"known\": false}, \"duration_ms\": 2000}", 1);
        answer(listening, mei, RIGHT, 2);

        JsonNode missed = insights(mei).get("most_missed_items");

        assertThat(ids(missed, "training_item_id")).containsExactly(reading, card, pairs, grammar);
        assertThat(missed.get(0)).isEqualTo(new ApiResponse(200, null, """
                {"training_item_id": %d, "training_id": %d, "lesson_id": %d, "course_id": %d, "type": "multiple_choice",
                 "skill": "reading", "prompt": "「犬」は英語で?", "attempts": 4, "misses": 3, "completed": true}"""
                .formatted(reading, drills, drillsLesson, skills)).json());
        assertThat(missed.get(1).get("prompt").asText()).isEqualTo("ありがとう");
        assertThat(missed.get(1).get("type").asText()).isEqualTo("flashcard");
        assertThat(missed.get(1).get("completed").asBoolean()).isFalse();
        assertThat(missed.get(2).get("prompt").isNull()).isTrue();
        assertThat(missed.toString()).doesNotContain("solution", "correct_index", "Thank you", "[0,1]");
        assertThat(missed.get(3).get("lesson_id").asLong()).isEqualTo(drillsLesson);
    }

    @Test
    void atMostFiveItemsAreListedAndADeletedItemIsLeftOut() {
        Person rin = people.learner("school", "rin@school.test", "Rin");
        long doomed = item(drills, "writing");
        answer(doomed, rin, WRONG, 2);
        for (long item : List.of(reading, listening, grammar, vocabulary)) {
            answer(item, rin, WRONG, 1);
        }
        answer(hello, rin, WRONG, 1);

        assertThat(ids(insights(rin).get("most_missed_items"), "training_item_id")).hasSize(5).startsWith(doomed).doesNotContain(reading);

        assertThat(api.delete("/api/trainingItems/" + doomed, parley.token("school", "courses:write")).status()).isEqualTo(204);

        assertThat(ids(insights(rin).get("most_missed_items"), "training_item_id"))
                .containsExactly(hello, vocabulary, grammar, listening, reading);
    }

    @Test
    void theNextLessonMovesOnOnceALessonIsCompletedAndStartsAnotherCourseOnceOneIsDone() {
        Person sora = people.learner("school", "sora@school.test", "Sora");
        answer(hello, sora, WRONG, 1);

        assertThat(insights(sora).get("recommended_next_lesson")).isEqualTo(new ApiResponse(200, null, """
                {"lesson_id": %d, "course_id": %d, "course_title": "Course japanese", "title": "Greetings", "position": 1,
                 "completed_items": 0, "total_items": 1, "reason": "continue"}""".formatted(greetings, japanese)).json());

        answer(hello, sora, RIGHT, 1);

        assertThat(insights(sora).get("recommended_next_lesson")).isEqualTo(new ApiResponse(200, null, """
                {"lesson_id": %d, "course_id": %d, "course_title": "Course japanese", "title": "At the station", "position": 2,
                 "completed_items": 0, "total_items": 1, "reason": "continue"}""".formatted(station, japanese)).json());

        answer(ticket, sora, RIGHT, 1);

        JsonNode next = insights(sora).get("recommended_next_lesson");
        assertThat(next.get("lesson_id").asLong()).isEqualTo(bonjour);
        assertThat(next.get("course_id").asLong()).isEqualTo(french);
        assertThat(next.get("course_title").asText()).isEqualTo("Course french");
        assertThat(next.get("reason").asText()).isEqualTo("start");
    }

    @Test
    void theMostRecentlyActiveCourseIsContinuedFirst() {
        Person aoi = people.learner("school", "aoi@school.test", "Aoi");
        answer(hello, aoi, WRONG, 1);
        answer(salut, aoi, WRONG, 1);

        JsonNode next = insights(aoi).get("recommended_next_lesson");
        assertThat(next.get("lesson_id").asLong()).isEqualTo(bonjour);
        assertThat(next.get("reason").asText()).isEqualTo("continue");

        answer(hello, aoi, WRONG, 1);

        assertThat(insights(aoi).get("recommended_next_lesson").get("lesson_id").asLong()).isEqualTo(greetings);
    }

    @Test
    void minutesCompareTheLearnersLocalWeekWithTheOneBefore() {
        Person tomo = people.learner("school", "tomo@school.test", "Tomo");
        String zone = "Pacific/Kiritimati";
        assertThat(api.patch("/api/auth/me", tomo.token(), "{\"time_zone\": \"" + zone + "\"}").status()).isEqualTo(200);
        answer(hello, tomo, "{\"answer\": {\"choice_index\": 2}, \"duration_ms\": 90000}", 1);
        answer(hello, tomo, "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": 60000}", 1);
        LocalDate lastMonday = LocalDate.now(ZoneId.of(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        parley.execute("insert into learner_weeks (organization_id, user_id, week, xp, attempts, correct_attempts, items_completed, "
                + "duration_ms, first_activity_at) select organization_id, id, ?, 0, 1, 0, 0, 120000, now() - interval '7 days' "
                + "from users where id = ?", lastMonday, tomo.id());

        JsonNode data = insights(tomo);

        assertThat(data.get("time_zone").asText()).isEqualTo(zone);
        assertThat(data.get("minutes_this_week").asLong()).isEqualTo(3);
        assertThat(data.get("minutes_last_week").asLong()).isEqualTo(2);
        assertThat(data.get("minutes_change_percent").asLong()).isEqualTo(50);
    }

    @Test
    void anotherLearnersInsightsNeedStatsReadAndTheirOrganization() {
        Person yuki = people.learner("school", "yuki@school.test", "Yuki");
        Person teacher = people.create("school", "teacher@school.test", "Teacher", "instructor",
                "courses:read,courses:write,progress:read,stats:read");
        Person stranger = people.learner("rival", "stranger@rival.test", "Stranger");
        Person peer = people.learner("school", "peer@school.test", "Peer");
        String integration = parley.token("school", "progress:read,stats:read");
        answer(hello, yuki, WRONG, 1);
        String path = PATH + "?user_id=" + yuki.id();

        JsonNode seenByTeacher = api.get(path, teacher.token()).json().get("data");
        assertThat(seenByTeacher.get("user_id").asLong()).isEqualTo(yuki.id());
        assertThat(ids(seenByTeacher.get("most_missed_items"), "training_item_id")).containsExactly(hello);
        assertThat(api.get(path, integration).json().get("data")).isEqualTo(seenByTeacher);
        assertThat(api.get(path, yuki.token()).json().get("data")).isEqualTo(seenByTeacher);
        assertThat(api.get(path, peer.token()).status()).isEqualTo(403);
        assertThat(api.get(PATH + "?user_id=" + stranger.id(), teacher.token()).status()).isEqualTo(404);
        assertThat(api.get(PATH + "?user_id=" + yuki.id(), parley.token("rival", "progress:read,stats:read")).status()).isEqualTo(404);
        assertThat(api.get(PATH + "?user_id=999999", teacher.token()).status()).isEqualTo(404);
        ApiResponse nobody = api.get(PATH, integration);
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.json().get("errors").has("user_id")).isTrue();
        assertThat(api.get(PATH + "?user_id=abc", teacher.token()).json().get("errors").has("user_id")).isTrue();
        assertThat(api.get(PATH, people.create("school", "writer@school.test", "Writer", "learner", "courses:read,progress:write")
                .token()).status()).isEqualTo(403);
        assertThat(api.get(path, parley.token("school", "progress:read")).status()).isEqualTo(403);
        assertThat(api.get(path, parley.token("school", "stats:read")).status()).isEqualTo(403);
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
    }
}
