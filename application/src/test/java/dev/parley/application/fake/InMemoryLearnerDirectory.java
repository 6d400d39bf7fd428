package dev.parley.application.fake;

import dev.parley.application.learning.port.out.LearnerDirectory;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The learners of the in-memory user repository, read as the jOOQ adapter reads the users table. */
public final class InMemoryLearnerDirectory implements LearnerDirectory {
    private final InMemoryUserRepository users;

    public InMemoryLearnerDirectory(InMemoryUserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Learner> find(OrganizationId org, LearnerId id) {
        return users.find(org, new UserId(id.value())).map(InMemoryLearnerDirectory::learner);
    }

    @Override
    public Map<LearnerId, String> displayNames(OrganizationId org, Collection<LearnerId> ids) {
        Map<LearnerId, String> names = new LinkedHashMap<>();
        ids.forEach(id -> find(org, id).ifPresent(learner -> names.put(id, learner.displayName())));
        return names;
    }

    /** Whether the learner is a person of the organization, as the foreign keys to the users table require. */
    boolean exists(OrganizationId org, LearnerId id) {
        return find(org, id).isPresent();
    }

    private static Learner learner(User user) {
        return new Learner(new LearnerId(user.id().value()), user.name(), user.timeZone().zone());
    }
}
