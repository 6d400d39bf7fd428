package dev.parley.bootstrap.e2e;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gamification stats, progress history and the CEFR report over {@code /api}, with their rules, tenancy and abilities. */
class LearnerReportsApiTest {
    private static final String RIGHT = "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": 90000}";
    private static final String WRONG = "{\"answer\": {\"choice_index\": 2}, \"duration_ms\": 30000}";
    private static final List<String> REPORTS = List.of("/api/gamification/stats", "/api/progress-history", "/api/cefr/report");
    private static RunningParley parley;
    private static ApiClient api;
    private static Learners people;
    private static final List<Long> items = new ArrayList<>();

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        people = new Learners(parley);
        parley.createOrganization("school");
        parley.createOrganization("rival");
        Content content = new Content(api, parley.token("school", "courses:read,courses:write"));
        long course = content.courseFrom(Content.courseBody("japanese", "published")).get("id").asLong();
        long training = content.training(content.lesson(course, "Animals"), "Words");
        for (int i = 0; i < 6; i++) {
            items.add(content.item(training));
        }
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static void answer(Person learner, int item, String body) {
        assertThat(api.post("/api/trainingItems/" + items.get(item) + "/attempts", learner.token(), body).status()).isEqualTo(201);
    }

    private static JsonNode data(String path, String token) {
        ApiResponse response = api.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("data");
    }

    private static LocalDate today(String zone) {
        return LocalDate.now(ZoneId.of(zone));
    }

    @Test
    void aNewLearnerStartsAtLevelOneWithEveryAchievementLocked() {
        Person hana = people.learner("school", "hana@school.test", "Hana");

        JsonNode stats = data("/api/gamification/stats", hana.token());

        assertThat(stats.get("user_id").asLong()).isEqualTo(hana.id());
        assertThat(stats.get("time_zone").asText()).isEqualTo("UTC");
        assertThat(stats.get("total_xp").asLong()).isZero();
        assertThat(stats.get("level").asInt()).isEqualTo(1);
        assertThat(stats.get("level_progress").toString())
                .isEqualTo("{\"level_start_xp\":0,\"next_level_xp\":100,\"xp_to_next_level\":100,\"percent\":0}");
        assertThat(stats.get("current_streak").asInt()).isZero();
        assertThat(stats.get("active_today").asBoolean()).isFalse();
        assertThat(stats.get("daily_goal").get("target_xp").asInt()).isEqualTo(50);
        assertThat(stats.get("daily_goal").get("date").asText()).isIn(today("UTC").toString(), today("UTC").minusDays(1).toString());
        assertThat(stats.get("achievements")).hasSize(6).allSatisfy(a -> {
            assertThat(a.get("unlocked").asBoolean()).isFalse();
            assertThat(a.get("unlocked_at").isNull()).isTrue();
        });
    }

    @Test
    void answersRaiseXpTheDailyGoalAndTheStreakAndCompletingALessonUnlocksItsAchievement() {
        Person kenji = people.learner("school", "kenji@school.test", "Kenji");
        answer(kenji, 0, WRONG);
        for (int i = 0; i < 6; i++) {
            answer(kenji, i, RIGHT);
        }

        JsonNode stats = data("/api/gamification/stats", kenji.token());

        assertThat(stats.get("total_xp").asLong()).isEqualTo(60);
        assertThat(stats.get("level_progress").get("percent").asInt()).isEqualTo(60);
        assertThat(stats.get("daily_goal").get("earned_xp").asLong()).isEqualTo(60);
        assertThat(stats.get("daily_goal").get("met").asBoolean()).isTrue();
        assertThat(stats.get("daily_goal").get("remaining_xp").asLong()).isZero();
        assertThat(stats.get("current_streak").asInt()).isEqualTo(1);
        assertThat(stats.get("active_today").asBoolean()).isTrue();
        JsonNode firstLesson = StreamSupport.stream(stats.get("achievements").spliterator(), false)
                .filter(a -> a.get("key").asText().equals("first_lesson")).findFirst().orElseThrow();
        assertThat(firstLesson.get("unlocked").asBoolean()).isTrue();
        assertThat(firstLesson.get("unlocked_at").asText()).endsWith("Z");
    }

    @Test
    void streaksCountConsecutiveLocalDaysAndTheLongestIsKept() {
        Person mei = people.learner("school", "mei@school.test", "Mei");
        assertThat(api.patch("/api/auth/me", mei.token(), "{\"time_zone\": \"Asia/Tokyo\"}").status()).isEqualTo(200);
        answer(mei, 0, RIGHT);
        LocalDate today = LocalDate.parse(data("/api/gamification/stats", mei.token()).get("daily_goal").get("date").asText());
        for (int back : new int[] {1, 2, 5, 6, 7, 8}) {
            parley.execute("insert into learner_days (organization_id, user_id, day, xp, attempts, correct_attempts, items_completed, "
                    + "duration_ms, first_activity_at) select organization_id, user_id, ?, 10, 1, 1, 1, 60000, "
                    + "(?::date + time '12:00') at time zone 'Asia/Tokyo' from learner_totals where user_id = ?",
                    today.minusDays(back), today.minusDays(back), mei.id());
        }

        JsonNode stats = data("/api/gamification/stats", mei.token());

        assertThat(stats.get("time_zone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(stats.get("current_streak").asInt()).isEqualTo(3);
        assertThat(stats.get("longest_streak").asInt()).isEqualTo(4);
        assertThat(stats.get("daily_goal").get("earned_xp").asLong()).isEqualTo(10);
    }

    @Test
    void historyFillsEveryBucketOfTheRangeInTheLearnersZone() {
        Person sora = people.learner("school", "sora@school.test", "Sora");
        answer(sora, 0, WRONG);
        answer(sora, 0, RIGHT);

        ApiResponse byDay = api.get("/api/progress-history", sora.token());
        assertThat(byDay.status()).isEqualTo(200);
        JsonNode days = byDay.json().get("data");
        JsonNode meta = byDay.json().get("meta");
        assertThat(days).hasSize(30);
        assertThat(meta.get("granularity").asText()).isEqualTo("day");
        assertThat(meta.get("to").asText()).isEqualTo(days.get(29).get("date").asText());
        assertThat(days.get(29).toString()).isEqualTo("{\"date\":\"" + meta.get("to").asText()
                + "\",\"xp\":10,\"items_completed\":1,\"minutes\":2}");
        assertThat(days.get(28).get("xp").asLong()).isZero();

        LocalDate to = LocalDate.parse(meta.get("to").asText());
        ApiResponse byWeek = api.get("/api/progress-history?granularity=week&from=" + to.minusWeeks(2) + "&to=" + to, sora.token());
        JsonNode weeks = byWeek.json().get("data");
        assertThat(weeks).hasSize(3);
        assertThat(weeks).allSatisfy(w -> assertThat(LocalDate.parse(w.get("date").asText()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(weeks.get(2).get("xp").asLong()).isEqualTo(10);
        assertThat(byWeek.json().get("meta").get("from").asText()).isEqualTo(to.minusWeeks(2).toString());
    }

    @Test
    void historyRefusesRangesItCannotAnswerNamingTheField() {
        Person aoi = people.learner("school", "aoi@school.test", "Aoi");
        assertThat(fieldRefused("/api/progress-history?from=15.03.2024", aoi)).isEqualTo("from");
        assertThat(fieldRefused("/api/progress-history?to=2024-02-30", aoi)).isEqualTo("to");
        assertThat(fieldRefused("/api/progress-history?from=2024-03-10&to=2024-03-01", aoi)).isEqualTo("to");
        assertThat(fieldRefused("/api/progress-history?from=2023-01-01&to=2024-03-01", aoi)).isEqualTo("to");
        assertThat(fieldRefused("/api/progress-history?granularity=month", aoi)).isEqualTo("granularity");
        assertThat(api.get("/api/progress-history?from=2022-01-03&to=2023-12-31&granularity=week", aoi.token()).json().get("data"))
                .hasSize(104);
    }

    private static String fieldRefused(String path, Person learner) {
        ApiResponse response = api.get(path, learner.token());
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").size()).isEqualTo(1);
        return response.json().get("errors").fieldNames().next();
    }

    @Test
    void theCefrReportEstimatesASkillOnceFiveAnswersAtALevelAreMostlyRight() {
        Person yui = people.learner("school", "yui@school.test", "Yui");
        for (int i = 0; i < 4; i++) {
            answer(yui, i, RIGHT);
        }
        JsonNode before = data("/api/cefr/report", yui.token());
        answer(yui, 4, RIGHT);
        JsonNode after = data("/api/cefr/report", yui.token());

        assertThat(before.get("skills")).hasSize(6);
        JsonNode vocabularyBefore = skill(before, "vocabulary");
        assertThat(vocabularyBefore.get("level").isNull()).isTrue();
        assertThat(vocabularyBefore.get("evidence").toString())
                .isEqualTo("[{\"level\":\"A1\",\"attempts\":4,\"correct\":4,\"accuracy\":1.0,\"demonstrated\":false}]");
        JsonNode vocabulary = skill(after, "vocabulary");
        assertThat(vocabulary.get("level").asText()).isEqualTo("A1");
        assertThat(vocabulary.get("attempts").asInt()).isEqualTo(5);
        assertThat(vocabulary.get("evidence").get(0).get("demonstrated").asBoolean()).isTrue();
        assertThat(skill(after, "listening").get("evidence")).isEmpty();
        assertThat(skill(after, "listening").get("level").isNull()).isTrue();
        assertThat(after.get("overall_level").isNull()).isTrue();
        assertThat(after.get("method").toString()).isEqualTo("{\"min_attempts\":5,\"min_accuracy\":0.7,\"overall_quorum\":3}");
    }

    private static JsonNode skill(JsonNode report, String name) {
        return StreamSupport.stream(report.get("skills").spliterator(), false).filter(s -> s.get("skill").asText().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void everyReportIsTheLearnersOwnUnlessStatsReadNamesAnotherOfTheOrganization() {
        Person rin = people.learner("school", "rin@school.test", "Rin");
        Person peer = people.learner("school", "peer@school.test", "Peer");
        Person teacher = people.create("school", "teacher@school.test", "Teacher", "instructor", "progress:read,stats:read");
        Person stranger = people.learner("rival", "stranger@rival.test", "Stranger");
        String integration = parley.token("school", "progress:read,stats:read");
        answer(rin, 0, RIGHT);

        for (String report : REPORTS) {
            JsonNode own = data(report, rin.token());
            assertThat(data(report + "?user_id=" + rin.id(), teacher.token())).as(report).isEqualTo(own);
            assertThat(data(report + "?user_id=" + rin.id(), integration)).as(report).isEqualTo(own);
            assertThat(api.get(report + "?user_id=" + rin.id(), peer.token()).status()).as(report).isEqualTo(403);
            assertThat(api.get(report + "?user_id=" + stranger.id(), teacher.token()).status()).as(report).isEqualTo(404);
            assertThat(api.get(report, integration).json().get("errors").has("user_id")).as(report).isTrue();
            assertThat(api.get(report + "?user_id=x", teacher.token()).status()).as(report).isEqualTo(422);
            assertThat(api.get(report, parley.token("school", "courses:read")).status()).as(report).isEqualTo(403);
            assertThat(api.get(report, null).status()).as(report).isEqualTo(401);
        }
        assertThat(data("/api/gamification/stats", stranger.token()).get("total_xp").asLong()).isZero();
    }
}
