package dev.parley.application.fake;

import dev.parley.application.learning.port.out.ItemTally;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.Activity;
import dev.parley.domain.learning.progress.ActivityCalendar;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.learning.progress.MostMissed.ItemMisses;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A learner's totals in maps, with the jOOQ adapter's semantics: only people of the organization get totals, and an
 * item's tally goes when the item does, as the cascade makes it.
 */
public final class InMemoryLearnerActivityRepository implements LearnerActivityRepository {
    /** Everything kept for one learner. */
    static final class Ledger {
        final OrganizationId org;
        ActivityTotals totals = ActivityTotals.NONE;
        final TreeMap<LocalDate, ActivityTotals> days = new TreeMap<>();
        final TreeMap<LocalDate, ActivityTotals> weeks = new TreeMap<>();
        final TreeMap<LocalDate, ActivityTotals> months = new TreeMap<>();
        final Map<List<Object>, int[]> levels = new HashMap<>();
        final Map<TrainingItemId, int[]> items = new HashMap<>();
        final Map<TrainingItemId, Instant> lastAttempts = new HashMap<>();
        Optional<Instant> lastActivityAt = Optional.empty();

        Ledger(OrganizationId org) {
            this.org = org;
        }
    }

    private final Map<LearnerId, Ledger> ledgers = new HashMap<>();
    private final InMemoryLearnerDirectory learners;
    private final InMemoryTrainingItemRepository trainingItems;

    public InMemoryLearnerActivityRepository(InMemoryLearnerDirectory learners, InMemoryTrainingItemRepository trainingItems) {
        this.learners = learners;
        this.trainingItems = trainingItems;
    }

    @Override
    public synchronized void lock(OrganizationId org, LearnerId learner) {
        if (learners.exists(org, learner)) {
            ledgers.computeIfAbsent(learner, id -> new Ledger(org));
        }
    }

    @Override
    public synchronized void record(Attempt attempt, LocalPeriods periods) {
        lock(attempt.organizationId(), attempt.learner());
        Ledger ledger = ledger(attempt.organizationId(), attempt.learner()).orElseThrow(() ->
                new InvalidInput("user_id", "is not a person of this organization"));
        Activity activity = attempt.activity();
        ledger.totals = ledger.totals.plus(activity);
        ledger.lastActivityAt = ledger.lastActivityAt.filter(last -> last.isAfter(activity.at())).or(() -> Optional.of(activity.at()));
        ledger.days.merge(periods.day(), ActivityTotals.NONE.plus(activity), ActivityTotals::plus);
        ledger.weeks.merge(periods.week(), ActivityTotals.NONE.plus(activity), ActivityTotals::plus);
        ledger.months.merge(periods.month(), ActivityTotals.NONE.plus(activity), ActivityTotals::plus);
        int[] level = ledger.levels.computeIfAbsent(List.of(attempt.skill(), attempt.cefrLevel()), key -> new int[2]);
        level[0]++;
        level[1] += attempt.correct() ? 1 : 0;
        if (trainingItems.find(attempt.organizationId(), attempt.item()).isPresent()) {
            int[] item = ledger.items.computeIfAbsent(attempt.item(), key -> new int[2]);
            item[0]++;
            item[1] += attempt.correct() ? 0 : 1;
            ledger.lastAttempts.merge(attempt.item(), attempt.at(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    @Override
    public synchronized void replaceCalendar(OrganizationId org, LearnerId learner, ActivityCalendar calendar) {
        ledger(org, learner).ifPresent(ledger -> {
            replace(ledger.days, calendar.days());
            replace(ledger.weeks, calendar.weeks());
            replace(ledger.months, calendar.months());
        });
    }

    private static void replace(TreeMap<LocalDate, ActivityTotals> stored, SortedMap<LocalDate, ActivityTotals> replacement) {
        stored.clear();
        stored.putAll(replacement);
    }

    @Override
    public synchronized ActivityTotals totals(OrganizationId org, LearnerId learner) {
        return ledger(org, learner).map(ledger -> ledger.totals).orElse(ActivityTotals.NONE);
    }

    @Override
    public synchronized SortedMap<LocalDate, ActivityTotals> days(OrganizationId org, LearnerId learner, LocalDate from, LocalDate to) {
        return ledger(org, learner).<SortedMap<LocalDate, ActivityTotals>>map(ledger ->
                new TreeMap<>(ledger.days.subMap(from, true, to, true))).orElse(Collections.emptySortedMap());
    }

    @Override
    public synchronized List<Instant> firstActivityOfEachDay(OrganizationId org, LearnerId learner) {
        return ledger(org, learner).map(ledger -> ledger.days.values().stream().map(day -> day.firstActivityAt().orElseThrow()).toList())
                .orElse(List.of());
    }

    @Override
    public synchronized List<LevelCount> skillLevels(OrganizationId org, LearnerId learner) {
        List<LevelCount> counts = new ArrayList<>();
        ledger(org, learner).ifPresent(ledger -> ledger.levels.forEach((key, cell) ->
                counts.add(new LevelCount((Skill) key.get(0), (CefrLevel) key.get(1), cell[0], cell[1]))));
        return counts;
    }

    @Override
    public synchronized ItemTally item(OrganizationId org, LearnerId learner, TrainingItemId item) {
        return ledger(org, learner).map(ledger -> ledger.items.get(item))
                .filter(cell -> trainingItems.find(org, item).isPresent())
                .map(cell -> new ItemTally(item, cell[0], cell[1]))
                .orElse(ItemTally.never(item));
    }

    /** The learner's tally of every item that still exists, as {@code learner_items} holds them. */
    synchronized List<ItemMisses> itemTallies(OrganizationId org, LearnerId learner) {
        List<ItemMisses> tallies = new ArrayList<>();
        ledger(org, learner).ifPresent(ledger -> ledger.items.forEach((item, cell) -> {
            if (trainingItems.find(org, item).isPresent()) {
                tallies.add(new ItemMisses(item, cell[0], cell[1], ledger.lastAttempts.get(item)));
            }
        }));
        return tallies;
    }

    /** The learner's week totals from {@code from} to {@code to}, both included. */
    synchronized SortedMap<LocalDate, ActivityTotals> weeks(OrganizationId org, LearnerId learner, LocalDate from, LocalDate to) {
        return ledger(org, learner).<SortedMap<LocalDate, ActivityTotals>>map(ledger ->
                new TreeMap<>(ledger.weeks.subMap(from, true, to, true))).orElse(Collections.emptySortedMap());
    }

    /** What {@code reader} takes from the ledger of each learner of the organization, by learner. */
    synchronized <T> Map<LearnerId, T> eachLearner(OrganizationId org, Function<Ledger, T> reader) {
        Map<LearnerId, T> read = new HashMap<>();
        ledgers.forEach((learner, ledger) -> {
            if (ledger.org.equals(org)) {
                read.put(learner, reader.apply(ledger));
            }
        });
        return read;
    }

    private Optional<Ledger> ledger(OrganizationId org, LearnerId learner) {
        return Optional.ofNullable(ledgers.get(learner)).filter(ledger -> ledger.org.equals(org));
    }
}
