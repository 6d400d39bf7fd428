package dev.parley.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.Content;
import dev.parley.bootstrap.support.Learners;
import dev.parley.bootstrap.support.Learners.Person;
import dev.parley.bootstrap.support.RunningParley;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attempts at items and lesson progress over {@code /api}, with the rules, tenancy and abilities of each route. */
class LearnerProgressApiTest {
    private static final String RIGHT = "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": 4200}";
    private static final String WRONG = "{\"answer\": {\"choice_index\": 2}, \"duration_ms\": 3100}";
    private static RunningParley parley;
    private static ApiClient api;
    private static Learners people;
    private static Content content;
    private static long course;
    private static long lesson;
    private static long secondLesson;
    private static long item;
    private static long draftItem;
    private static long rivalItem;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        people = new Learners(parley);
        parley.createOrganization("school");
        parley.createOrganization("rival");
        content = new Content(api, parley.token("school", "courses:read,courses:write"));
        course = content.courseFrom(Content.courseBody("japanese", "published")).get("id").asLong();
        lesson = content.lesson(course, "Greetings");
        secondLesson = content.lesson(course, "At the station");
        item = content.item(content.training(lesson, "Words"));
        long draft = content.course("draft-course");
        draftItem = content.item(content.training(content.lesson(draft, "Draft"), "Draft"));
        Content rival = new Content(api, parley.token("rival", "courses:read,courses:write"));
        rivalItem = rival.item(rival.training(rival.lesson(rival.courseFrom(Content.courseBody("theirs", "published")).get("id").asLong(),
                "Theirs"), "Theirs"));
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static ApiResponse attempt(long itemId, String token, String body) {
        return api.post("/api/trainingItems/" + itemId + "/attempts", token, body);
    }

    private static long count(String sql, Object... parameters) {
        return parley.count(sql, parameters);
    }

    @Test
    void aRightAnswerEarnsTheXpOnceAndAWrongOneShowsTheRightAnswer() {
        Person hana = people.learner("school", "hana@school.test", "Hana");

        ApiResponse wrong = attempt(item, hana.token(), WRONG);
        ApiResponse right = attempt(item, hana.token(), RIGHT);
        ApiResponse again = attempt(item, hana.token(), RIGHT);

        assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
        assertThat(wrong.json().get("data")).isEqualTo(json("{\"correct\": false, \"score\": 0.0, \"xp_awarded\": 0, "
                + "\"correct_answer\": {\"choice_index\": 1}}"));
        assertThat(right.json().get("data")).isEqualTo(json("{\"correct\": true, \"score\": 1.0, \"xp_awarded\": 10}"));
        assertThat(again.json().get("data").get("xp_awarded").asInt()).isZero();
        assertThat(count("select count(*) from learning_attempts where user_id = ?", hana.id())).isEqualTo(3);
        assertThat(count("select xp from learner_totals where user_id = ?", hana.id())).isEqualTo(10);
        assertThat(count("select count(*) from outbox_events where type = 'learner.enrolled' and payload ->> 'user_id' = ?",
                Long.toString(hana.id()))).isEqualTo(1);
    }

    @Test
    void aSelfScoredItemIsCompletedByAnyAnswerAndCompletionsRollUpToTheCourse() {
        Person kenji = people.learner("school", "kenji@school.test", "Kenji");
        long scratch = content.courseFrom(Content.courseBody("rollup", "published")).get("id").asLong();
        long only = content.lesson(scratch, "Only");
        long training = content.training(only, "Speak");
        long speak = content.created("/api/trainingItems", """
                {"training_id": %d, "type": "speak_repeat", "skill": "speaking", "cefr_level": "A1", "xp": 20,
                 "content": {"prompt": "Repeat: すみません"}}""".formatted(training)).get("id").asLong();

        ApiResponse spoken = attempt(speak, kenji.token(), "{\"answer\": {\"text\": \"sumimasen\", \"self_score\": 0.2}, \"duration_ms\": 900}");

        assertThat(spoken.json().get("data")).isEqualTo(json("{\"correct\": false, \"score\": 0.2, \"xp_awarded\": 20}"));
        String user = Long.toString(kenji.id());
        for (String type : List.of("learner.enrolled", "training.completed", "lesson.completed", "course.completed", "achievement.unlocked")) {
            assertThat(count("select count(*) from outbox_events where type = ? and payload ->> 'user_id' = ?", type, user)).as(type)
                    .isEqualTo(type.equals("achievement.unlocked") ? 3 : 1);
        }
        assertThat(count("select count(*) from course_completions where user_id = ? and course_id = ?", kenji.id(), scratch)).isEqualTo(1);
        attempt(speak, kenji.token(), "{\"answer\": {\"text\": \"sumimasen\", \"self_score\": 1}, \"duration_ms\": 900}");
        assertThat(count("select count(*) from outbox_events where type = 'course.completed' and payload ->> 'user_id' = ?", user))
                .isEqualTo(1);
    }

    @Test
    void answersAndDurationsThatDoNotFitAreRefusedNamingTheField() {
        Person mei = people.learner("school", "mei@school.test", "Mei");
        Map<String, String> refusals = Map.of(
                "{\"duration_ms\": 10}", "answer",
                "{\"answer\": {\"choice_index\": \"1\"}, \"duration_ms\": 10}", "answer.choice_index",
                "{\"answer\": {\"choice_index\": 3}, \"duration_ms\": 10}", "answer.choice_index",
                "{\"answer\": {\"text\": \"dog\"}, \"duration_ms\": 10}", "answer.choice_index",
                "{\"answer\": [1], \"duration_ms\": 10}", "answer",
                "{\"answer\": {\"choice_index\": 1}}", "duration_ms",
                "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": -1}", "duration_ms",
                "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": 86400001}", "duration_ms",
                "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": 1.5}", "duration_ms",
                "not json", "body");

        refusals.forEach((body, field) -> {
            ApiResponse refused = attempt(item, mei.token(), body);
            assertThat(refused.status()).as(body).isEqualTo(422);
            assertThat(refused.json().get("errors").has(field)).as(body + " -> " + refused.body()).isTrue();
        });
        assertThat(count("select count(*) from learning_attempts where user_id = ?", mei.id())).isZero();
    }

    @Test
    void onlyItemsOfThePublishedCoursesOfOnesOwnOrganizationCanBeAnswered() {
        Person yuki = people.learner("school", "yuki@school.test", "Yuki");

        for (String path : List.of(Long.toString(draftItem), Long.toString(rivalItem), "999999", "not-an-id")) {
            ApiResponse missing = api.post("/api/trainingItems/" + path + "/attempts", yuki.token(), RIGHT);
            assertThat(missing.status()).as(path).isEqualTo(404);
        }
        assertThat(count("select count(*) from learning_attempts where user_id = ?", yuki.id())).isZero();
    }

    @Test
    void answeringNeedsProgressWriteAndATokenThatBelongsToAUser() {
        Person reader = people.create("school", "reader@school.test", "Reader", "learner", "courses:read,progress:read");
        String integration = parley.token("school", "*");

        ApiResponse withoutAbility = attempt(item, reader.token(), RIGHT);
        ApiResponse withoutUser = attempt(item, integration, RIGHT);
        ApiResponse withoutToken = attempt(item, null, RIGHT);

        assertThat(withoutAbility.status()).isEqualTo(403);
        assertThat(withoutUser.status()).isEqualTo(403);
        assertThat(withoutUser.json().get("message").asText()).contains("belongs to no user");
        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(count("select count(*) from learning_attempts where user_id = ?", reader.id())).isZero();
    }

    @Test
    void anIdempotentAttemptIsRecordedOnceAndReplayed() {
        Person rin = people.learner("school", "rin@school.test", "Rin");
        Map<String, String> key = Map.of("Idempotency-Key", "attempt-1");

        ApiResponse first = api.send("POST", "/api/trainingItems/" + item + "/attempts", rin.token(), RIGHT, key);
        ApiResponse replay = api.send("POST", "/api/trainingItems/" + item + "/attempts", rin.token(), RIGHT, key);
        ApiResponse reused = api.send("POST", "/api/trainingItems/" + item + "/attempts", rin.token(), WRONG, key);

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(count("select count(*) from learning_attempts where user_id = ?", rin.id())).isEqualTo(1);
    }

    @Test
    void lessonProgressCountsTheLearnersCompletedItemsPerLessonByIdOrSlug() {
        Person sora = people.learner("school", "sora@school.test", "Sora");
        attempt(item, sora.token(), RIGHT);

        JsonNode byId = api.get("/api/courses/" + course + "/lesson-progress", sora.token()).json().get("data");
        ApiResponse bySlug = api.get("/api/courses/japanese/lesson-progress", sora.token());

        assertThat(byId).hasSize(2);
        assertThat(byId.get(0).get("lesson_id").asLong()).isEqualTo(lesson);
        assertThat(byId.get(0).get("title").asText()).isEqualTo("Greetings");
        assertThat(List.of(byId.get(0).get("completed_items").asInt(), byId.get(0).get("total_items").asInt(),
                byId.get(0).get("percent").asInt())).containsExactly(1, 1, 100);
        assertThat(byId.get(0).get("completed_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(byId.get(1).get("lesson_id").asLong()).isEqualTo(secondLesson);
        assertThat(byId.get(1).get("percent").asInt()).isZero();
        assertThat(byId.get(1).get("completed_at").isNull()).isTrue();
        assertThat(bySlug.json().get("data")).isEqualTo(byId);
        assertThat(api.get("/api/courses/nope/lesson-progress", sora.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/courses/theirs/lesson-progress", sora.token()).status()).isEqualTo(404);
    }

    @Test
    void anotherLearnersProgressNeedsStatsReadAndTheirOrganization() {
        Person aoi = people.learner("school", "aoi@school.test", "Aoi");
        Person teacher = people.create("school", "teacher@school.test", "Teacher", "instructor",
                "courses:read,courses:write,progress:read,stats:read");
        Person stranger = people.learner("rival", "stranger@rival.test", "Stranger");
        Person peer = people.learner("school", "peer@school.test", "Peer");
        String integration = parley.token("school", "progress:read,stats:read");
        String blind = parley.token("school", "progress:read");
        attempt(item, aoi.token(), RIGHT);
        String path = "/api/courses/" + course + "/lesson-progress";

        JsonNode seenByTeacher = api.get(path + "?user_id=" + aoi.id(), teacher.token()).json().get("data");
        assertThat(seenByTeacher.get(0).get("completed_items").asInt()).isEqualTo(1);
        assertThat(api.get(path + "?user_id=" + aoi.id(), integration).json().get("data")).isEqualTo(seenByTeacher);
        assertThat(api.get(path + "?user_id=" + aoi.id(), aoi.token()).json().get("data")).isEqualTo(seenByTeacher);
        assertThat(api.get(path + "?user_id=" + aoi.id(), peer.token()).status()).isEqualTo(403);
        assertThat(api.get(path + "?user_id=" + stranger.id(), teacher.token()).status()).isEqualTo(404);
        assertThat(api.get(path + "?user_id=999999", teacher.token()).status()).isEqualTo(404);
        ApiResponse nobody = api.get(path, integration);
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.json().get("errors").has("user_id")).isTrue();
        assertThat(api.get(path + "?user_id=abc", teacher.token()).json().get("errors").has("user_id")).isTrue();
        assertThat(api.get(path, parley.token("school", "courses:read")).status()).isEqualTo(403);
        assertThat(api.get(path + "?user_id=" + aoi.id(), blind).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void aNewTimeZoneRecountsTheLearnersDaysAtOnce() {
        Person tomo = people.learner("school", "tomo@school.test", "Tomo");
        assertThat(api.patch("/api/auth/me", tomo.token(), "{\"time_zone\": \"Pacific/Pago_Pago\"}").status()).isEqualTo(200);
        attempt(item, tomo.token(), WRONG);
        String sameDay = "select count(*) from learner_days d join learning_attempts a on a.user_id = d.user_id "
                + "where d.user_id = ? and d.day = (a.attempted_at at time zone ?)::date";

        assertThat(count(sameDay, tomo.id(), "Pacific/Pago_Pago")).isEqualTo(1);
        assertThat(api.patch("/api/auth/me", tomo.token(), "{\"time_zone\": \"Pacific/Kiritimati\"}").status()).isEqualTo(200);
        assertThat(count(sameDay, tomo.id(), "Pacific/Kiritimati")).isEqualTo(1);
        assertThat(count(sameDay, tomo.id(), "Pacific/Pago_Pago")).isZero();
        assertThat(count("select count(*) from learner_weeks where user_id = ?", tomo.id())).isEqualTo(1);
    }

    private static JsonNode json(String text) {
        return new ApiResponse(200, null, text).json();
    }
}
