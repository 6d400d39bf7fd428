package dev.parley.application.learning;

import dev.parley.application.learning.port.in.LearnerCalendarUseCase;
import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.ActivityCalendar;
import dev.parley.domain.shared.OrganizationId;

/** Recounts a learner's days, weeks and months from their attempts when their time zone changes. */
public final class LearnerCalendarService implements LearnerCalendarUseCase {
    private final Learners learners;
    private final AttemptRepository attempts;
    private final LearnerActivityRepository activity;
    private final Transactions tx;

    public LearnerCalendarService(LearningProgressPorts ports, Transactions tx) {
        this.learners = new Learners(ports.learners());
        this.attempts = ports.attempts();
        this.activity = ports.activity();
        this.tx = tx;
    }

    @Override
    public void recount(OrganizationId org, LearnerId learnerId) {
        tx.run(() -> {
            activity.lock(org, learnerId);
            Learner learner = learners.require(org, learnerId);
            activity.replaceCalendar(org, learnerId, ActivityCalendar.of(attempts.activities(org, learnerId), learner.zone()));
        });
    }
}
