package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.Achievements.Unlock;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AchievementRepository} must do: keep each learner's first unlock of each achievement, in their organization. */
public abstract class AchievementRepositoryContractTest {
    private AchievementRepository achievements;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private LearnerId grace;
    private LearnerId rival;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        Adapters adapters = adapters();
        ProgressSeed seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        grace = seed.learner(org, 12);
        rival = seed.learner(otherOrg, 21);
        achievements = adapters.achievements();
    }

    @Test
    void each_achievement_is_unlocked_once_at_its_first_time() {
        achievements.unlock(org, ada, new Unlock(Achievement.FIRST_LESSON, T0));
        achievements.unlock(org, ada, new Unlock(Achievement.STREAK_7, T0.plusSeconds(60)));
        achievements.unlock(org, ada, new Unlock(Achievement.FIRST_LESSON, T0.plusSeconds(120)));

        assertThat(achievements.unlocked(org, ada))
                .isEqualTo(Map.of(Achievement.FIRST_LESSON, T0, Achievement.STREAK_7, T0.plusSeconds(60)));
        assertThat(achievements.unlocked(org, grace)).isEmpty();
    }

    @Test
    void achievements_stay_within_the_organization() {
        achievements.unlock(org, ada, new Unlock(Achievement.ITEMS_100, T0));

        assertThat(achievements.unlocked(otherOrg, ada)).isEmpty();
        assertThatThrownBy(() -> achievements.unlock(org, rival, new Unlock(Achievement.ITEMS_100, T0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("user_id"));
        assertThat(achievements.unlocked(otherOrg, rival)).isEmpty();
    }
}
