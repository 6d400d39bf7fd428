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
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organization's leaderboard and statistics over {@code /api}: ranks with ties, limits, periods of the caller's local
 * calendar, display names only, tenancy and abilities. Each test works in an organization of its own, as both routes
 * read a whole organization.
 */
class LeaderboardAndStatsApiTest {
    private static final String RIGHT = "{\"answer\": {\"choice_index\": 1}, \"duration_ms\": 4200}";
    private static final String WRONG = "{\"answer\": {\"choice_index\": 2}, \"duration_ms\": 3100}";
    private static final String BOARD = "/api/gamification/leaderboard";
    private static final String INSTRUCTOR_ABILITIES = "courses:read,courses:write,progress:read,progress:write,stats:read";
    private static RunningParley parley;
    private static ApiClient api;
    private static Learners people;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        people = new Learners(parley);
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    /** An organization with a published course of four multiple-choice items worth 10 XP each. */
    private record School(String slug, Content content, List<Long> items) {
        Person learner(String name) {
            return people.learner(slug, name.toLowerCase() + "@" + slug + ".test", name);
        }
    }

    private static School school(String slug) {
        parley.createOrganization(slug);
        Content content = new Content(api, parley.token(slug, "courses:read,courses:write"));
        long course = content.courseFrom(Content.courseBody(slug + "-course", "published")).get("id").asLong();
        long training = content.training(content.lesson(course, "Words"), "Words");
        return new School(slug, content, IntStream.range(0, 4).mapToObj(n -> content.item(training)).toList());
    }

    private static void answer(long item, Person person, String body) {
        ApiResponse response = api.post("/api/trainingItems/" + item + "/attempts", person.token(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Right first answers to the school's first {@code count} items: 10 XP each. */
    private static void earn(School school, Person person, int count) {
        school.items().stream().limit(count).forEach(item -> answer(item, person, RIGHT));
    }

    private static JsonNode board(String query, String token) {
        ApiResponse response = api.get(BOARD + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> names(JsonNode board) {
        List<String> names = new ArrayList<>();
        board.get("data").forEach(row -> names.add(row.get("display_name").asText()));
        return names;
    }

    private static JsonNode json(String text) {
        return new ApiResponse(200, null, text).json();
    }

    private static LocalDate monday(ZoneId zone) {
        return LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void tiesShareARankTheNextRankSkipsThemAndTheLimitKeepsTheFirstTiesByDisplayName() {
        School school = school("ties");
        Person ada = school.learner("ada");
        Person bob = school.learner("Bob");
        Person cleo = school.learner("Cleo");
        Person dan = school.learner("dan");
        Person eve = school.learner("Eve");
        earn(school, bob, 3);
        earn(school, ada, 3);
        earn(school, cleo, 2);
        earn(school, dan, 1);
        answer(school.items().getFirst(), eve, WRONG);

        LocalDate before = monday(ZoneId.of("UTC"));
        JsonNode seenByCleo = board("", cleo.token());
        LocalDate after = monday(ZoneId.of("UTC"));

        assertThat(seenByCleo.get("data")).isEqualTo(json("""
                [{"rank": 1, "display_name": "ada", "xp": 30, "is_you": false},
                 {"rank": 1, "display_name": "Bob", "xp": 30, "is_you": false},
                 {"rank": 3, "display_name": "Cleo", "xp": 20, "is_you": true},
                 {"rank": 4, "display_name": "dan", "xp": 10, "is_you": false}]"""));
        JsonNode meta = seenByCleo.get("meta");
        assertThat(meta.get("period").asText()).isEqualTo("week");
        assertThat(LocalDate.parse(meta.get("from").asText())).isIn(before, after);
        assertThat(LocalDate.parse(meta.get("to").asText())).isEqualTo(LocalDate.parse(meta.get("from").asText()).plusDays(6));
        assertThat(meta.get("time_zone").asText()).isEqualTo("UTC");
        assertThat(meta.get("limit").asInt()).isEqualTo(10);
        assertThat(meta.get("you")).isEqualTo(json("{\"rank\": 3, \"xp\": 20}"));

        JsonNode top = board("?limit=1", cleo.token());
        assertThat(top.get("data")).isEqualTo(json("[{\"rank\": 1, \"display_name\": \"ada\", \"xp\": 30, \"is_you\": false}]"));
        assertThat(top.get("meta").get("you")).isEqualTo(json("{\"rank\": 3, \"xp\": 20}"));
        assertThat(top.get("meta").get("limit").asInt()).isEqualTo(1);
        assertThat(names(board("?limit=2", cleo.token()))).containsExactly("ada", "Bob");
        assertThat(names(board("?limit=3", cleo.token()))).containsExactly("ada", "Bob", "Cleo");
        assertThat(board("?limit=1", bob.token()).get("meta").get("you")).isEqualTo(json("{\"rank\": 1, \"xp\": 30}"));
        assertThat(board("", eve.token()).get("meta").get("you")).isEqualTo(json("{\"rank\": null, \"xp\": 0}"));
        assertThat(names(board("", eve.token()))).doesNotContain("Eve");
    }

    @Test
    void rowsShowDisplayNamesOnlyNeverAnotherPersonsIdOrEmail() {
        School school = school("privacy");
        Person ada = school.learner("Ada");
        Person bob = school.learner("Bob");
        earn(school, ada, 1);
        earn(school, bob, 2);

        JsonNode seenByAda = board("?period=all", ada.token());

        for (JsonNode row : seenByAda.get("data")) {
            List<String> fields = new ArrayList<>();
            row.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("rank", "display_name", "xp", "is_you");
        }
        assertThat(seenByAda.toString()).doesNotContain("@privacy.test").doesNotContain(Long.toString(bob.id()));
    }

    @Test
    void thisWeekCountsOnlyThisWeeksXpWhileAllTimeCountsEveryWeek() {
        School school = school("weeks");
        Person old = school.learner("Old");
        Person recent = school.learner("Recent");
        earn(school, old, 3);
        earn(school, recent, 1);
        parley.execute("update learner_weeks set week = week - 7 where user_id = ?", old.id());
        parley.execute("update learner_months set month = (month - interval '1 month')::date where user_id = ?", old.id());

        JsonNode week = board("?period=week", old.token());
        JsonNode month = board("?period=month", old.token());
        JsonNode all = board("?period=all", old.token());

        assertThat(week.get("data")).isEqualTo(json("[{\"rank\": 1, \"display_name\": \"Recent\", \"xp\": 10, \"is_you\": false}]"));
        assertThat(week.get("meta").get("you")).isEqualTo(json("{\"rank\": null, \"xp\": 0}"));
        assertThat(names(month)).containsExactly("Recent");
        assertThat(LocalDate.parse(month.get("meta").get("from").asText()).getDayOfMonth()).isEqualTo(1);
        assertThat(LocalDate.parse(month.get("meta").get("to").asText()))
                .isEqualTo(LocalDate.parse(month.get("meta").get("from").asText()).plusMonths(1).minusDays(1));
        assertThat(all.get("data")).isEqualTo(json("""
                [{"rank": 1, "display_name": "Old", "xp": 30, "is_you": true},
                 {"rank": 2, "display_name": "Recent", "xp": 10, "is_you": false}]"""));
        assertThat(all.get("meta")).isEqualTo(json("""
                {"period": "all", "from": null, "to": null, "time_zone": "UTC", "limit": 10, "you": {"rank": 1, "xp": 30}}"""));
    }

    @Test
    void theWeekIsTheCallersLocalWeekInTheirTimeZone() {
        School school = school("zones");
        Person berlin = school.learner("Berlin");
        assertThat(api.patch("/api/auth/me", berlin.token(), "{\"time_zone\": \"Europe/Berlin\"}").status()).isEqualTo(200);
        earn(school, berlin, 1);
        ZoneId zone = ZoneId.of("Europe/Berlin");

        LocalDate before = monday(zone);
        JsonNode meta = board("", berlin.token()).get("meta");
        LocalDate after = monday(zone);

        assertThat(meta.get("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(LocalDate.parse(meta.get("from").asText())).isIn(before, after);
        assertThat(LocalDate.parse(meta.get("from").asText()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.parse(meta.get("to").asText()).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void aTokenWithoutAUserSeesTheUtcBoardAndHasNoPlaceOnIt() {
        School school = school("integration");
        Person ada = school.learner("Ada");
        earn(school, ada, 2);

        JsonNode seen = board("?period=all", parley.token("integration", "progress:read"));

        assertThat(seen.get("data")).isEqualTo(json("[{\"rank\": 1, \"display_name\": \"Ada\", \"xp\": 20, \"is_you\": false}]"));
        assertThat(seen.get("meta").get("time_zone").asText()).isEqualTo("UTC");
        assertThat(seen.get("meta").get("you").isNull()).isTrue();
    }

    @Test
    void anotherOrganizationsLearnersNeverAppear() {
        School school = school("home");
        School rival = school("away");
        Person ada = school.learner("Ada");
        Person stranger = rival.learner("Stranger");
        earn(school, ada, 1);
        earn(rival, stranger, 4);

        for (String period : List.of("week", "month", "all")) {
            JsonNode seenByAda = board("?period=" + period, ada.token());
            assertThat(names(seenByAda)).as(period).containsExactly("Ada");
            assertThat(seenByAda.get("meta").get("you")).as(period).isEqualTo(json("{\"rank\": 1, \"xp\": 10}"));
            assertThat(names(board("?period=" + period, stranger.token()))).as(period).containsExactly("Stranger");
        }
    }

    @Test
    void aPeriodOrLimitThatDoesNotFitIsRefusedNamingTheParameter() {
        School school = school("rules");
        Person ada = school.learner("Ada");

        for (String query : List.of("?period=year", "?period=WEEK", "?period=", "?period=week%20")) {
            ApiResponse refused = api.get(BOARD + query, ada.token());
            assertThat(refused.status()).as(query).isEqualTo(422);
            assertThat(refused.json().get("errors").has("period")).as(query + " -> " + refused.body()).isTrue();
        }
        for (String query : List.of("?limit=0", "?limit=-1", "?limit=101", "?limit=abc", "?limit=1.5", "?limit=", "?limit=99999999999")) {
            ApiResponse refused = api.get(BOARD + query, ada.token());
            assertThat(refused.status()).as(query).isEqualTo(422);
            assertThat(refused.json().get("errors").has("limit")).as(query + " -> " + refused.body()).isTrue();
        }
        assertThat(board("?limit=100", ada.token()).get("meta").get("limit").asInt()).isEqualTo(100);
        assertThat(board("?limit=1&period=month", ada.token()).get("meta").get("period").asText()).isEqualTo("month");
    }

    @Test
    void theLeaderboardNeedsATokenWithProgressRead() {
        school("guarded");

        assertThat(api.get(BOARD, null).status()).isEqualTo(401);
        assertThat(api.get(BOARD, "1|not-a-real-token").status()).isEqualTo(401);
        assertThat(api.get(BOARD, parley.token("guarded", "courses:read,stats:read")).status()).isEqualTo(403);
        assertThat(api.get(BOARD, parley.token("guarded", "progress:read")).status()).isEqualTo(200);
    }

    @Test
    void statsCountTheOrganizationsLearnersContentCompletionsAndAttemptsOnly() {
        parley.createOrganization("stats");
        Content content = new Content(api, parley.token("stats", "courses:read,courses:write"));
        long course = content.courseFrom(Content.courseBody("stats-course", "published")).get("id").asLong();
        long first = content.training(content.lesson(course, "First"), "First");
        long hello = content.item(first);
        long thanks = content.item(first);
        long ticket = content.item(content.training(content.lesson(course, "Second"), "Second"));
        content.lesson(content.course("stats-draft"), "Draft");
        Person ada = people.learner("stats", "ada@stats.test", "Ada");
        Person bob = people.learner("stats", "bob@stats.test", "Bob");
        people.learner("stats", "idle@stats.test", "Idle");
        Person teacher = people.create("stats", "teacher@stats.test", "Teacher", "instructor", INSTRUCTOR_ABILITIES);
        answer(hello, ada, RIGHT);
        answer(thanks, ada, WRONG);
        answer(thanks, ada, RIGHT);
        answer(ticket, ada, RIGHT);
        answer(ticket, bob, RIGHT);
        answer(hello, teacher, RIGHT);
        School rival = school("stats-rival");
        earn(rival, rival.learner("Stranger"), 4);

        ApiResponse stats = api.get("/api/stats", teacher.token());

        assertThat(stats.status()).as(stats.body()).isEqualTo(200);
        assertThat(stats.json()).isEqualTo(json("""
                {"data": {"learners": 3, "active_learners_7d": 2, "active_learners_30d": 2, "courses": 2, "published_courses": 1,
                          "lessons": 3, "enrollments": 3, "completions": {"trainings": 3, "lessons": 3, "courses": 1},
                          "attempts": 6, "correct_attempts": 5, "accuracy": 0.8333, "total_xp": 50}}"""));
        parley.execute("update learner_totals set last_activity_at = now() - interval '10 days' where user_id = ?", bob.id());
        JsonNode lately = api.get("/api/stats", parley.token("stats", "stats:read")).json().get("data");
        assertThat(List.of(lately.get("active_learners_7d").asInt(), lately.get("active_learners_30d").asInt())).containsExactly(1, 2);
        parley.execute("update learner_totals set last_activity_at = now() - interval '40 days' where user_id = ?", ada.id());
        lately = api.get("/api/stats", teacher.token()).json().get("data");
        assertThat(List.of(lately.get("active_learners_7d").asInt(), lately.get("active_learners_30d").asInt())).containsExactly(0, 1);
        assertThat(api.get("/api/stats", parley.token("stats-rival", "stats:read")).json().get("data")).isEqualTo(json("""
                {"learners": 1, "active_learners_7d": 1, "active_learners_30d": 1, "courses": 1, "published_courses": 1,
                 "lessons": 1, "enrollments": 1, "completions": {"trainings": 1, "lessons": 1, "courses": 1},
                 "attempts": 4, "correct_attempts": 4, "accuracy": 1.0, "total_xp": 40}"""));
    }

    @Test
    void anOrganizationWithoutActivityHasZeroAccuracy() {
        parley.createOrganization("quiet");

        JsonNode stats = api.get("/api/stats", parley.token("quiet", "stats:read")).json().get("data");

        assertThat(stats.get("attempts").asLong()).isZero();
        assertThat(stats.get("accuracy").asDouble()).isZero();
        assertThat(stats.get("learners").asLong()).isZero();
    }

    @Test
    void statsNeedATokenWithStatsRead() {
        School school = school("stats-guarded");
        Person learner = school.learner("Learner");

        assertThat(api.get("/api/stats", null).status()).isEqualTo(401);
        assertThat(api.get("/api/stats", learner.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/stats", parley.token("stats-guarded", "progress:read,courses:read")).status()).isEqualTo(403);
        assertThat(api.get("/api/stats", parley.token("stats-guarded", "*")).status()).isEqualTo(200);
    }
}
