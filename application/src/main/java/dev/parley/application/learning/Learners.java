package dev.parley.application.learning;

import dev.parley.application.learning.port.out.LearnerDirectory;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;

/** Finds the learner a request is about; a person of another organization is not found. */
final class Learners {
    private final LearnerDirectory directory;

    Learners(LearnerDirectory directory) {
        this.directory = directory;
    }

    Learner require(OrganizationId org, LearnerId id) {
        return directory.find(org, id).orElseThrow(() -> new NotFound("user", id.value()));
    }
}
