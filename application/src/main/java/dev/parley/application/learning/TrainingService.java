package dev.parley.application.learning;

import static dev.parley.application.learning.ContentLookup.required;

import dev.parley.application.learning.port.in.TrainingDraft;
import dev.parley.application.learning.port.in.TrainingQueries;
import dev.parley.application.learning.port.in.TrainingUseCase;
import dev.parley.application.learning.port.in.TrainingView;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingKind;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Trainings: placed in a lesson of the same organization, appended unless given a position, movable between lessons. */
public final class TrainingService implements TrainingUseCase, TrainingQueries {
    private final LessonRepository lessons;
    private final TrainingRepository trainings;
    private final CourseOutlines outlines;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public TrainingService(LessonRepository lessons, TrainingRepository trainings, TrainingItemRepository items,
                           Transactions tx, IdGenerator ids, Clock clock) {
        this.lessons = lessons;
        this.trainings = trainings;
        this.outlines = new CourseOutlines(lessons, trainings, items);
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TrainingView create(OrganizationId org, TrainingDraft draft) {
        LessonId lesson = required("lesson_id", draft.lesson());
        Title title = required("title", draft.title());
        TrainingKind kind = required("kind", draft.kind());
        return tx.inTransaction(() -> {
            ContentLookup.requireParentLesson(lessons, org, lesson);
            Position position = draft.position().orElseGet(() -> Position.after(trainings.lastPosition(org, lesson)));
            Training training = Training.create(new TrainingId(ids.newLongId()), org, lesson, title, kind, position, clock.instant());
            trainings.save(training);
            return new TrainingView(training, 0);
        });
    }

    @Override
    public TrainingView update(OrganizationId org, TrainingId id, TrainingDraft changes) {
        return tx.inTransaction(() -> {
            Training training = ContentLookup.training(trainings, org, id);
            LessonId lesson = changes.lesson().orElse(training.lessonId());
            boolean moved = !lesson.equals(training.lessonId());
            if (moved) {
                ContentLookup.requireParentLesson(lessons, org, lesson);
            }
            Position position = changes.position()
                    .orElseGet(() -> moved ? Position.after(trainings.lastPosition(org, lesson)) : training.position());
            training.revise(lesson, changes.title().orElse(training.title()), changes.kind().orElse(training.kind()), position,
                    clock.instant());
            trainings.save(training);
            return view(training);
        });
    }

    @Override
    public void delete(OrganizationId org, TrainingId id) {
        tx.run(() -> trainings.delete(org, ContentLookup.training(trainings, org, id).id()));
    }

    @Override
    public Page<TrainingView> list(OrganizationId org, Optional<LessonId> lesson, PageRequest page) {
        Page<Training> found = trainings.list(org, lesson, page);
        return new Page<>(outlines.withCounts(org, found.items()), found.total(), page);
    }

    @Override
    public TrainingView get(OrganizationId org, TrainingId id) {
        return view(ContentLookup.training(trainings, org, id));
    }

    private TrainingView view(Training training) {
        return outlines.withCounts(training.organizationId(), List.of(training)).getFirst();
    }
}
