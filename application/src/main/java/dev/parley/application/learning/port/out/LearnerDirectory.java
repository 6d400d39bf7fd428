package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The people of an organization as the learning context sees them: a display name and a time zone. */
public interface LearnerDirectory {
    /** A person of the organization; another organization's is not found. */
    Optional<Learner> find(OrganizationId org, LearnerId id);

    /** The display names of those of {@code ids} who are people of the organization. */
    Map<LearnerId, String> displayNames(OrganizationId org, Collection<LearnerId> ids);
}
