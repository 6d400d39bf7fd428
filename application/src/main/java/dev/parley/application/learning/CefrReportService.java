package dev.parley.application.learning;

import dev.parley.application.learning.port.in.CefrReport;
import dev.parley.application.learning.port.in.CefrReportQueries;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.CefrEstimator;
import dev.parley.domain.shared.OrganizationId;

/** Estimates a learner's CEFR levels from their answers counted per skill and level, at most 36 rows however many answers. */
public final class CefrReportService implements CefrReportQueries {
    private final Learners learners;
    private final LearnerActivityRepository activity;

    public CefrReportService(LearningProgressPorts ports) {
        this.learners = new Learners(ports.learners());
        this.activity = ports.activity();
    }

    @Override
    public CefrReport report(OrganizationId org, LearnerId learnerId) {
        Learner learner = learners.require(org, learnerId);
        return new CefrReport(learner, CefrEstimator.fromCounts(activity.skillLevels(org, learnerId)));
    }
}
