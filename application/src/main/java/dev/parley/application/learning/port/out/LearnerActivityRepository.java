package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.ActivityCalendar;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * A learner's activity totals, kept up attempt by attempt so that reads stay small: overall, per local day, ISO week and
 * month of their zone, per skill and level, and per item. Scoped by organization.
 */
public interface LearnerActivityRepository {
    /**
     * Locks the learner's totals until the transaction ends, creating empty ones on their first activity, so that one
     * learner's attempts are counted one at a time.
     */
    void lock(OrganizationId org, LearnerId learner);

    /** Adds the attempt to its learner's totals, to the local periods given, to its skill and level, and to its item. */
    void record(Attempt attempt, LocalPeriods periods);

    /** Replaces the learner's day, week and month totals with the calendar's, leaving the rest as it is. */
    void replaceCalendar(OrganizationId org, LearnerId learner, ActivityCalendar calendar);

    /** Everything the learner did; nothing for a learner without activity. */
    ActivityTotals totals(OrganizationId org, LearnerId learner);

    /** The totals of each local day with activity from {@code from} to {@code to}, both included. */
    SortedMap<LocalDate, ActivityTotals> days(OrganizationId org, LearnerId learner, LocalDate from, LocalDate to);

    /** The first activity of each local day the learner was active on, oldest first. */
    List<Instant> firstActivityOfEachDay(OrganizationId org, LearnerId learner);

    /** Attempts and correct answers per skill and level; only those the learner answered. */
    List<LevelCount> skillLevels(OrganizationId org, LearnerId learner);

    /** How often the learner answered the item and missed it; zero for an item never answered. */
    ItemTally item(OrganizationId org, LearnerId learner, TrainingItemId item);
}
