package dev.parley.application.learning;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.ProgressSeed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.LeaderboardView;
import dev.parley.application.learning.port.in.LeaderboardView.Place;
import dev.parley.application.learning.port.in.LeaderboardView.Row;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.LeaderboardWindow;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeaderboardServiceTest {
    /** A Wednesday in UTC; its week runs from Monday 2026-11-16 to Sunday 2026-11-22. */
    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T10:00:00Z");

    private final MutableClock clock = new MutableClock(WEDNESDAY);
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final AttemptService attempts = new AttemptService(adapters.progress(), adapters.trainingItems(), adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(5_000), clock);
    private final LeaderboardService leaderboards = new LeaderboardService(adapters.progress(), adapters.leaderboards(), clock);
    private final ProgressSeed seed = new ProgressSeed(adapters);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private List<TrainingItem> items;
    private List<TrainingItem> theirItems;

    @BeforeEach
    void seed() {
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        items = threeItems(org, 100);
        theirItems = threeItems(otherOrg, 500);
    }

    private List<TrainingItem> threeItems(OrganizationId in, long firstId) {
        TrainingId training = seed.training(in, firstId + 2, seed.lesson(in, firstId + 1, seed.course(in, firstId, CourseStatus.PUBLISHED), 1), 1);
        return IntStream.rangeClosed(1, 3).mapToObj(n -> seed.item(in, firstId + 10 + n, training, n)).toList();
    }

    private LearnerId person(OrganizationId in, long id, String name) {
        adapters.users().add(User.create(new UserId(id), in, new EmailAddress("p" + id + "@example.com"), name, Role.LEARNER,
                Optional.empty(), T0));
        return new LearnerId(id);
    }

    /** Right first answers to {@code count} items, 15 XP each. */
    private void earn(OrganizationId in, LearnerId learner, int count) {
        List<TrainingItem> answered = in.equals(org) ? items : theirItems;
        for (int n = 0; n < count; n++) {
            attempts.submit(in, learner, answered.get(n).id(), Map.of("choice_index", 1), 1_000);
        }
    }

    private LeaderboardView board(LearnerId viewer, LeaderboardWindow window, int limit) {
        return leaderboards.leaderboard(org, Optional.of(viewer), window, limit);
    }

    @Test
    void tiesShareARankTheNextRankSkipsThemAndTheCutKeepsTheFirstTiesByName() {
        LearnerId bob = person(org, 11, "Bob");
        LearnerId ada = person(org, 12, "ada");
        LearnerId cleo = person(org, 13, "Cleo");
        LearnerId dan = person(org, 14, "Dan");
        earn(org, bob, 3);
        earn(org, ada, 3);
        earn(org, cleo, 2);
        earn(org, dan, 1);

        assertThat(board(cleo, LeaderboardWindow.WEEK, 10).rows()).containsExactly(new Row(1, "ada", 45, false), new Row(1, "Bob", 45, false),
                new Row(3, "Cleo", 30, true), new Row(4, "Dan", 15, false));
        assertThat(board(cleo, LeaderboardWindow.WEEK, 1).rows()).containsExactly(new Row(1, "ada", 45, false));
        assertThat(board(cleo, LeaderboardWindow.WEEK, 3).rows()).extracting(Row::displayName).containsExactly("ada", "Bob", "Cleo");
    }

    @Test
    void theViewerSeesTheirOwnRankAndXpEvenBelowTheCutAndNoRankWithoutXp() {
        LearnerId ada = person(org, 11, "Ada");
        LearnerId bob = person(org, 12, "Bob");
        LearnerId cleo = person(org, 13, "Cleo");
        LearnerId idle = person(org, 14, "Idle");
        earn(org, ada, 3);
        earn(org, bob, 3);
        earn(org, cleo, 1);
        attempts.submit(org, idle, items.getFirst().id(), Map.of("choice_index", 0), 1_000);

        assertThat(board(cleo, LeaderboardWindow.WEEK, 1).viewer()).contains(new Place(Optional.of(3), 15));
        assertThat(board(bob, LeaderboardWindow.WEEK, 1).viewer()).contains(new Place(Optional.of(1), 45));
        assertThat(board(idle, LeaderboardWindow.WEEK, 10).viewer()).contains(new Place(Optional.empty(), 0));
        assertThat(board(idle, LeaderboardWindow.WEEK, 10).rows()).extracting(Row::displayName).containsExactly("Ada", "Bob", "Cleo");
        assertThat(board(idle, LeaderboardWindow.WEEK, 10).rows()).noneMatch(Row::viewer);
    }

    @Test
    void aTokenWithoutAUserSeesTheBoardOfItsUtcWeekAndHasNoPlace() {
        LearnerId ada = person(org, 11, "Ada");
        earn(org, ada, 1);

        LeaderboardView view = leaderboards.leaderboard(org, Optional.empty(), LeaderboardWindow.WEEK, 10);

        assertThat(view.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(view.period().start()).contains(LocalDate.parse("2026-11-16"));
        assertThat(view.period().end()).contains(LocalDate.parse("2026-11-22"));
        assertThat(view.viewer()).isEmpty();
        assertThat(view.rows()).containsExactly(new Row(1, "Ada", 15, false));
    }

    @Test
    void theWeekIsTheViewersLocalWeekSoAViewerWhoseMondayHasBegunSeesANewEmptyWeek() {
        LearnerId ada = person(org, 11, "Ada");
        LearnerId far = person(org, 12, "Far");
        adapters.users().changeTimeZone(org, new UserId(12), new TimeZoneName("Pacific/Kiritimati"));
        clock.set(Instant.parse("2026-11-22T12:00:00Z"));
        earn(org, ada, 1);

        LeaderboardView inUtc = board(ada, LeaderboardWindow.WEEK, 10);
        LeaderboardView inKiritimati = board(far, LeaderboardWindow.WEEK, 10);

        assertThat(inUtc.period().start()).contains(LocalDate.parse("2026-11-16"));
        assertThat(inUtc.rows()).containsExactly(new Row(1, "Ada", 15, true));
        assertThat(inKiritimati.zone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
        assertThat(inKiritimati.period().start()).contains(LocalDate.parse("2026-11-23"));
        assertThat(inKiritimati.rows()).isEmpty();
        assertThat(board(far, LeaderboardWindow.MONTH, 10).rows()).containsExactly(new Row(1, "Ada", 15, false));
    }

    @Test
    void lastWeeksXpCountsInTheMonthAndAllTimeButNotThisWeek() {
        LearnerId ada = person(org, 11, "Ada");
        LearnerId bob = person(org, 12, "Bob");
        earn(org, ada, 3);
        clock.advance(Duration.ofDays(7));
        earn(org, bob, 1);

        assertThat(board(ada, LeaderboardWindow.WEEK, 10).rows()).containsExactly(new Row(1, "Bob", 15, false));
        assertThat(board(ada, LeaderboardWindow.WEEK, 10).viewer()).contains(new Place(Optional.empty(), 0));
        assertThat(board(ada, LeaderboardWindow.MONTH, 10).rows()).containsExactly(new Row(1, "Ada", 45, true), new Row(2, "Bob", 15, false));
        assertThat(board(ada, LeaderboardWindow.ALL, 10).period().start()).isEmpty();
        assertThat(board(ada, LeaderboardWindow.ALL, 10).viewer()).contains(new Place(Optional.of(1), 45));
    }

    @Test
    void anotherOrganizationsLearnersNeverAppearAndItsPeopleCannotView() {
        LearnerId ada = person(org, 11, "Ada");
        LearnerId rival = person(otherOrg, 21, "Rival");
        earn(org, ada, 1);
        earn(otherOrg, rival, 3);

        assertThat(board(ada, LeaderboardWindow.ALL, 10).rows()).containsExactly(new Row(1, "Ada", 15, true));
        assertThat(board(ada, LeaderboardWindow.ALL, 10).viewer()).contains(new Place(Optional.of(1), 15));
        assertThatThrownBy(() -> board(rival, LeaderboardWindow.ALL, 10)).isInstanceOf(NotFound.class);
    }

    @Test
    void refusesALimitOutsideOneToAHundredAndAMissingPeriod() {
        LearnerId ada = person(org, 11, "Ada");

        for (int limit : new int[] {0, -1, 101}) {
            assertThatThrownBy(() -> board(ada, LeaderboardWindow.WEEK, limit))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("limit"));
        }
        assertThat(board(ada, LeaderboardWindow.WEEK, 100).limit()).isEqualTo(100);
        assertThatThrownBy(() -> board(ada, null, 10))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("period"));
    }
}
