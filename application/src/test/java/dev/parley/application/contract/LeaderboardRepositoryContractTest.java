package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.learning.port.out.LeaderboardRepository;
import dev.parley.application.learning.port.out.XpStanding;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.Leaderboard;
import dev.parley.domain.learning.progress.Leaderboard.Entry;
import dev.parley.domain.learning.progress.Leaderboard.Ranked;
import dev.parley.domain.learning.progress.LeaderboardPeriod;
import dev.parley.domain.learning.progress.LeaderboardWindow;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LeaderboardRepository} must do: find the people with the most XP in a week, month or all time (ties
 * at the cut included, nobody without XP, nobody of another organization) and count who is ahead of a learner.
 */
public abstract class LeaderboardRepositoryContractTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** A Wednesday; its week starts on Monday 2024-03-11. */
    private static final Instant THIS_WEEK = Instant.parse("2024-03-13T10:00:00Z");
    private static final Instant LAST_WEEK = Instant.parse("2024-03-06T10:00:00Z");
    private static final Instant LAST_MONTH = Instant.parse("2024-02-20T10:00:00Z");
    private static final LeaderboardPeriod WEEK = new LeaderboardPeriod(LeaderboardWindow.WEEK, Optional.of(LocalDate.parse("2024-03-11")));
    private static final LeaderboardPeriod MONTH = new LeaderboardPeriod(LeaderboardWindow.MONTH, Optional.of(LocalDate.parse("2024-03-01")));
    private static final LeaderboardPeriod ALL = new LeaderboardPeriod(LeaderboardWindow.ALL, Optional.empty());

    private Adapters adapters;
    private ProgressSeed seed;
    private LeaderboardRepository leaderboards;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private final Map<OrganizationId, List<TrainingItem>> items = new HashMap<>();

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        items.put(org, sixItems(org, 100));
        items.put(otherOrg, sixItems(otherOrg, 500));
        leaderboards = adapters.leaderboards();
    }

    private List<TrainingItem> sixItems(OrganizationId in, long firstId) {
        TrainingId training = seed.training(in, firstId + 2,
                seed.lesson(in, firstId + 1, seed.course(in, firstId, CourseStatus.PUBLISHED), 1), 1);
        return IntStream.rangeClosed(1, 6).mapToObj(n -> seed.item(in, firstId + 10 + n, training, n)).toList();
    }

    private LearnerId person(OrganizationId in, long id, String name) {
        adapters.users().add(User.create(new UserId(id), in, new EmailAddress("person" + id + "@example.com"), name, Role.LEARNER,
                Optional.empty(), T0));
        return new LearnerId(id);
    }

    /** Records right first answers to {@code count} items (15 XP each) at {@code at}, counted in the learner's week and month in UTC. */
    private void earn(OrganizationId in, LearnerId learner, int count, Instant at) {
        for (int n = 0; n < count; n++) {
            answer(in, learner, items.get(in).get(n), true, at);
        }
    }

    private void answer(OrganizationId in, LearnerId learner, TrainingItem item, boolean right, Instant at) {
        adapters.transactions().run(() -> {
            adapters.learnerActivity().lock(in, learner);
            adapters.learnerActivity().record(seed.attempt(learner, item, right, false, 1_000, at), LocalPeriods.of(at, UTC));
        });
    }

    private static Entry entry(LearnerId learner, String name, long xp) {
        return new Entry(learner.value(), name, xp);
    }

    @Test
    void the_leaders_are_the_first_limit_by_xp_and_everyone_level_with_the_last_of_them() {
        LearnerId ada = person(org, 11, "ada");
        LearnerId bob = person(org, 12, "Bob");
        LearnerId cleo = person(org, 13, "Cleo");
        LearnerId dan = person(org, 14, "Dan");
        LearnerId eve = person(org, 15, "Eve");
        LearnerId fay = person(org, 16, "Fay");
        person(org, 17, "Gus");
        earn(org, ada, 3, THIS_WEEK);
        earn(org, bob, 3, THIS_WEEK);
        earn(org, cleo, 2, THIS_WEEK);
        earn(org, dan, 2, THIS_WEEK);
        earn(org, eve, 1, THIS_WEEK);
        answer(org, fay, items.get(org).getFirst(), false, THIS_WEEK);
        List<Entry> everyone = List.of(entry(ada, "ada", 45), entry(bob, "Bob", 45), entry(cleo, "Cleo", 30), entry(dan, "Dan", 30),
                entry(eve, "Eve", 15));

        assertThat(leaderboards.leaders(org, WEEK, 1)).containsExactlyInAnyOrderElementsOf(everyone.subList(0, 2));
        assertThat(leaderboards.leaders(org, WEEK, 2)).containsExactlyInAnyOrderElementsOf(everyone.subList(0, 2));
        assertThat(leaderboards.leaders(org, WEEK, 3)).containsExactlyInAnyOrderElementsOf(everyone.subList(0, 4));
        assertThat(leaderboards.leaders(org, WEEK, 5)).containsExactlyInAnyOrderElementsOf(everyone);
        assertThat(leaderboards.leaders(org, WEEK, 100)).containsExactlyInAnyOrderElementsOf(everyone);
        assertThat(leaderboards.leaders(org, ALL, 100)).containsExactlyInAnyOrderElementsOf(everyone);
    }

    @Test
    void ranking_the_leaders_cut_at_any_limit_agrees_with_ranking_everyone_and_with_the_standings() {
        String[] names = {"ada", "Ada", "bob", "Bob", "Émile", "zoë", "李"};
        int[] earned = {3, 3, 3, 1, 2, 1, 2};
        List<LearnerId> learners = new ArrayList<>();
        for (int n = 0; n < names.length; n++) {
            learners.add(person(org, 30 + n, names[n]));
            earn(org, learners.get(n), earned[n], THIS_WEEK);
        }
        List<Ranked> everyone = Leaderboard.rank(leaderboards.leaders(org, WEEK, 100));

        assertThat(everyone).hasSize(names.length);
        for (int limit = 1; limit <= names.length; limit++) {
            assertThat(Leaderboard.rank(leaderboards.leaders(org, WEEK, limit)).stream().limit(limit))
                    .as("limit " + limit).containsExactlyElementsOf(everyone.subList(0, limit));
        }
        for (Ranked ranked : everyone) {
            XpStanding standing = leaderboards.standing(org, new LearnerId(ranked.learnerId()), WEEK);
            assertThat(standing.xp()).isEqualTo(ranked.xp());
            assertThat(Leaderboard.rankBehind(standing.learnersAhead())).isEqualTo(ranked.rank());
        }
    }

    @Test
    void a_week_or_month_counts_only_the_xp_dated_in_it_and_all_time_counts_everything() {
        LearnerId ada = person(org, 11, "Ada");
        LearnerId bob = person(org, 12, "Bob");
        LearnerId cleo = person(org, 13, "Cleo");
        earn(org, ada, 1, THIS_WEEK);
        earn(org, bob, 4, LAST_WEEK);
        earn(org, cleo, 6, LAST_MONTH);

        assertThat(leaderboards.leaders(org, WEEK, 10)).containsExactly(entry(ada, "Ada", 15));
        assertThat(leaderboards.leaders(org, MONTH, 10)).containsExactlyInAnyOrder(entry(bob, "Bob", 60), entry(ada, "Ada", 15));
        assertThat(leaderboards.leaders(org, ALL, 10)).containsExactlyInAnyOrder(entry(cleo, "Cleo", 90), entry(bob, "Bob", 60),
                entry(ada, "Ada", 15));
        assertThat(leaderboards.leaders(org, new LeaderboardPeriod(LeaderboardWindow.WEEK, Optional.of(LocalDate.parse("2024-03-18"))), 10))
                .isEmpty();
        assertThat(leaderboards.standing(org, bob, WEEK)).isEqualTo(new XpStanding(0, 1));
        assertThat(leaderboards.standing(org, bob, MONTH)).isEqualTo(new XpStanding(60, 0));
        assertThat(leaderboards.standing(org, bob, ALL)).isEqualTo(new XpStanding(60, 1));
    }

    @Test
    void a_learner_without_xp_stands_behind_everyone_who_has_some() {
        LearnerId ada = person(org, 11, "Ada");
        LearnerId bob = person(org, 12, "Bob");
        LearnerId idle = person(org, 13, "Idle");
        earn(org, ada, 2, THIS_WEEK);
        answer(org, bob, items.get(org).getFirst(), false, THIS_WEEK);

        assertThat(leaderboards.standing(org, ada, WEEK)).isEqualTo(new XpStanding(30, 0));
        assertThat(leaderboards.standing(org, bob, WEEK)).isEqualTo(new XpStanding(0, 1));
        assertThat(leaderboards.standing(org, idle, WEEK)).isEqualTo(new XpStanding(0, 1));
        assertThat(leaderboards.standing(org, idle, ALL)).isEqualTo(new XpStanding(0, 1));
    }

    @Test
    void another_organizations_people_neither_lead_nor_stand_ahead() {
        LearnerId ada = person(org, 11, "Ada");
        LearnerId rival = person(otherOrg, 21, "Rival");
        earn(org, ada, 1, THIS_WEEK);
        earn(otherOrg, rival, 6, THIS_WEEK);

        for (LeaderboardPeriod period : List.of(WEEK, MONTH, ALL)) {
            assertThat(leaderboards.leaders(org, period, 10)).containsExactly(entry(ada, "Ada", 15));
            assertThat(leaderboards.leaders(otherOrg, period, 10)).containsExactly(entry(rival, "Rival", 90));
            assertThat(leaderboards.standing(org, ada, period)).isEqualTo(new XpStanding(15, 0));
            assertThat(leaderboards.standing(otherOrg, ada, period)).isEqualTo(new XpStanding(0, 1));
        }
    }
}
