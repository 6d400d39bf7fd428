package dev.parley.application.learning;

import dev.parley.application.learning.port.in.HistoryRequest;
import dev.parley.application.learning.port.in.ProgressHistoryQueries;
import dev.parley.application.learning.port.in.ProgressHistoryView;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.HistoryRange;
import dev.parley.domain.learning.progress.ProgressHistory;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.time.LocalDate;

/** Buckets a learner's kept per-day totals into the days or weeks asked for, in the learner's zone. */
public final class ProgressHistoryService implements ProgressHistoryQueries {
    private final Learners learners;
    private final LearnerActivityRepository activity;
    private final Clock clock;

    public ProgressHistoryService(LearningProgressPorts ports, Clock clock) {
        this.learners = new Learners(ports.learners());
        this.activity = ports.activity();
        this.clock = clock;
    }

    @Override
    public ProgressHistoryView history(OrganizationId org, LearnerId learnerId, HistoryRequest request) {
        Learner learner = learners.require(org, learnerId);
        LocalDate today = clock.instant().atZone(learner.zone()).toLocalDate();
        HistoryRange range = HistoryRange.defaulted(request.from(), request.to(), request.granularity(), today);
        return new ProgressHistoryView(learner, range,
                ProgressHistory.ofDays(activity.days(org, learnerId, range.from(), range.to()), range));
    }
}
