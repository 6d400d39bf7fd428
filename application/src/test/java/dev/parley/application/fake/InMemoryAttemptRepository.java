package dev.parley.application.fake;

import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Activity;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Attempts in a list; like the table, an attempt needs a learner of its organization and outlives its item. */
public final class InMemoryAttemptRepository implements AttemptRepository {
    private final List<Attempt> attempts = new ArrayList<>();
    private final InMemoryLearnerDirectory learners;

    public InMemoryAttemptRepository(InMemoryLearnerDirectory learners) {
        this.learners = learners;
    }

    @Override
    public synchronized void add(Attempt attempt) {
        if (!learners.exists(attempt.organizationId(), attempt.learner())) {
            throw new InvalidInput("user_id", "is not a person of this organization");
        }
        if (attempts.stream().anyMatch(a -> a.id().equals(attempt.id()))) {
            throw new IllegalStateException("duplicate attempt id " + attempt.id().value());
        }
        attempts.add(attempt);
    }

    @Override
    public synchronized List<Activity> activities(OrganizationId org, LearnerId learner) {
        return attempts.stream()
                .filter(a -> a.organizationId().equals(org) && a.learner().equals(learner))
                .sorted(Comparator.comparing(Attempt::at).thenComparingLong(a -> a.id().value()))
                .map(Attempt::activity)
                .toList();
    }
}
