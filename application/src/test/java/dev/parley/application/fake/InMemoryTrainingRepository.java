package dev.parley.application.fake;

import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Trainings in a map with the jOOQ adapter's semantics: versions, a lesson of the same organization required as by
 * the foreign key, and a training whose lesson is gone gone with it, as the cascade makes it.
 */
public final class InMemoryTrainingRepository implements TrainingRepository {
    private static final Comparator<Training> IN_ORDER = Comparator.comparingLong((Training t) -> t.lessonId().value())
            .thenComparingInt(t -> t.position().value())
            .thenComparing(Training::createdAt)
            .thenComparingLong(t -> t.id().value());

    private final Map<TrainingId, Training> byId = new LinkedHashMap<>();
    private final InMemoryLessonRepository lessons;

    public InMemoryTrainingRepository(InMemoryLessonRepository lessons) {
        this.lessons = lessons;
    }

    @Override
    public synchronized void save(Training training) {
        Training stored = live().filter(t -> t.id().equals(training.id())).findFirst().orElse(null);
        if (training.version() == 0) {
            if (byId.containsKey(training.id())) {
                throw new IllegalStateException("duplicate training id " + training.id().value());
            }
        } else if (stored == null || !stored.organizationId().equals(training.organizationId()) || stored.version() != training.version()) {
            throw new Conflict("training.concurrent_update",
                    "Training " + training.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        if (!lessons.exists(training.organizationId(), training.lessonId())) {
            throw new InvalidInput("lesson_id", "is not a lesson of this organization");
        }
        byId.put(training.id(), copy(training, training.version() + 1));
    }

    @Override
    public synchronized Optional<Training> find(OrganizationId org, TrainingId id) {
        return live().filter(t -> t.id().equals(id) && t.organizationId().equals(org)).findFirst().map(t -> copy(t, t.version()));
    }

    @Override
    public synchronized Page<Training> list(OrganizationId org, Optional<LessonId> lesson, PageRequest page) {
        List<Training> matching = live()
                .filter(t -> t.organizationId().equals(org) && lesson.map(l -> t.lessonId().equals(l)).orElse(true))
                .sorted(IN_ORDER)
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.perPage()).map(t -> copy(t, t.version())).toList(),
                matching.size(), page);
    }

    @Override
    public synchronized List<Training> listByLessons(OrganizationId org, Collection<LessonId> list) {
        return live().filter(t -> t.organizationId().equals(org) && list.contains(t.lessonId()))
                .sorted(IN_ORDER).map(t -> copy(t, t.version())).toList();
    }

    @Override
    public synchronized int lastPosition(OrganizationId org, LessonId lesson) {
        return live().filter(t -> t.organizationId().equals(org) && t.lessonId().equals(lesson))
                .mapToInt(t -> t.position().value()).max().orElse(0);
    }

    @Override
    public synchronized void delete(OrganizationId org, TrainingId id) {
        if (find(org, id).isPresent()) {
            byId.remove(id);
        }
    }

    /** Whether the organization has this training, for the items' foreign key. */
    synchronized boolean exists(OrganizationId org, TrainingId id) {
        return find(org, id).isPresent();
    }

    private Stream<Training> live() {
        return byId.values().stream().filter(t -> lessons.exists(t.organizationId(), t.lessonId()));
    }

    private static Training copy(Training t, long version) {
        return Training.rehydrate(t.id(), t.organizationId(), t.lessonId(), t.title(), t.kind(), t.position(), t.createdAt(),
                t.updatedAt(), version);
    }
}
