package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.Activity;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AttemptRepository} must do: keep attempts per learner in order, within the organization, past their item. */
public abstract class AttemptRepositoryContractTest {
    private Adapters adapters;
    private AttemptRepository attempts;
    private ProgressSeed seed;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private LearnerId grace;
    private LearnerId rival;
    private TrainingItem item;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        grace = seed.learner(org, 12);
        rival = seed.learner(otherOrg, 21);
        TrainingId training = seed.training(org, 300, seed.lesson(org, 200, seed.course(org, 100, CourseStatus.PUBLISHED), 1), 1);
        item = seed.item(org, 400, training, 1);
        attempts = adapters.attempts();
    }

    @Test
    void a_learners_attempts_come_back_oldest_first_as_activity() {
        Attempt late = seed.attempt(ada, item, true, false, 61_000, T0.plusSeconds(60));
        Attempt early = seed.attempt(ada, item, false, false, 5_000, T0);
        Attempt sameTime = seed.attempt(ada, item, true, true, 7_000, T0.plusSeconds(60));
        attempts.add(late);
        attempts.add(early);
        attempts.add(sameTime);
        attempts.add(seed.attempt(grace, item, true, false, 1_000, T0));

        assertThat(attempts.activities(org, ada)).containsExactly(
                new Activity(T0, 0, 5_000, false, false),
                new Activity(T0.plusSeconds(60), 15, 61_000, true, true),
                new Activity(T0.plusSeconds(60), 0, 7_000, true, false));
        assertThat(attempts.activities(org, grace)).hasSize(1);
    }

    @Test
    void an_attempt_belongs_to_a_person_of_its_organization_and_is_seen_only_there() {
        attempts.add(seed.attempt(ada, item, true, false, 1_000, T0));

        assertThatThrownBy(() -> attempts.add(seed.attempt(rival, item, true, false, 1_000, T0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("user_id"));
        assertThat(attempts.activities(otherOrg, ada)).isEmpty();
        assertThat(attempts.activities(otherOrg, rival)).isEmpty();
    }

    @Test
    void attempts_outlive_the_item_they_answered() {
        attempts.add(seed.attempt(ada, item, true, false, 1_000, T0));

        adapters.trainingItems().delete(org, item.id());

        assertThat(attempts.activities(org, ada)).containsExactly(new Activity(T0, 15, 1_000, true, true));
    }
}
