package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.TRAININGS;

import dev.parley.adapter.persistence.jooq.Keys;
import dev.parley.adapter.persistence.jooq.tables.records.TrainingsRecord;
import dev.parley.adapter.persistence.shared.ForeignKeyViolation;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingKind;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Trainings in {@code trainings}, saved only over the version they were loaded at. The foreign key on
 * {@code (organization_id, lesson_id)} refuses a lesson of another organization; deleting a training deletes its
 * items by cascade.
 */
public final class JooqTrainingRepository implements TrainingRepository {
    private static final List<SortField<?>> IN_ORDER = List.of(TRAININGS.LESSON_ID.asc(), TRAININGS.POSITION.asc(),
            TRAININGS.CREATED_AT.asc(), TRAININGS.ID.asc());

    private final DSLContext dsl;

    public JooqTrainingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Training training) {
        try {
            if (training.version() == 0) {
                dsl.insertInto(TRAININGS).set(toRecord(training, 1)).execute();
                return;
            }
            update(training);
        } catch (DataAccessException e) {
            if (ForeignKeyViolation.of(e, Keys.TRAININGS__TRAININGS_ORGANIZATION_ID_LESSON_ID_FKEY)) {
                throw new InvalidInput("lesson_id", "is not a lesson of this organization");
            }
            throw e;
        }
    }

    private void update(Training training) {
        int updated = dsl.update(TRAININGS)
                .set(TRAININGS.LESSON_ID, training.lessonId().value())
                .set(TRAININGS.TITLE, training.title().value())
                .set(TRAININGS.KIND, training.kind().value())
                .set(TRAININGS.POSITION, training.position().value())
                .set(TRAININGS.UPDATED_AT, training.updatedAt())
                .set(TRAININGS.VERSION, training.version() + 1)
                .where(TRAININGS.ID.eq(training.id().value()),
                        TRAININGS.ORGANIZATION_ID.eq(training.organizationId().value()),
                        TRAININGS.VERSION.eq(training.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("training.concurrent_update",
                    "Training " + training.id().value() + " was changed since it was loaded; reload it and try again.");
        }
    }

    @Override
    public Optional<Training> find(OrganizationId org, TrainingId id) {
        return dsl.selectFrom(TRAININGS)
                .where(TRAININGS.ORGANIZATION_ID.eq(org.value()), TRAININGS.ID.eq(id.value()))
                .fetchOptional(JooqTrainingRepository::toTraining);
    }

    @Override
    public Page<Training> list(OrganizationId org, Optional<LessonId> lesson, PageRequest page) {
        Condition matching = TRAININGS.ORGANIZATION_ID.eq(org.value());
        if (lesson.isPresent()) {
            matching = matching.and(TRAININGS.LESSON_ID.eq(lesson.get().value()));
        }
        long total = dsl.fetchCount(TRAININGS, matching);
        return new Page<>(dsl.selectFrom(TRAININGS).where(matching).orderBy(IN_ORDER)
                .limit(page.perPage()).offset(page.offset())
                .fetch(JooqTrainingRepository::toTraining), total, page);
    }

    @Override
    public List<Training> listByLessons(OrganizationId org, Collection<LessonId> lessons) {
        if (lessons.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(TRAININGS)
                .where(TRAININGS.ORGANIZATION_ID.eq(org.value()), TRAININGS.LESSON_ID.in(lessons.stream().map(LessonId::value).toList()))
                .orderBy(IN_ORDER)
                .fetch(JooqTrainingRepository::toTraining);
    }

    @Override
    public int lastPosition(OrganizationId org, LessonId lesson) {
        Integer last = dsl.select(DSL.max(TRAININGS.POSITION)).from(TRAININGS)
                .where(TRAININGS.ORGANIZATION_ID.eq(org.value()), TRAININGS.LESSON_ID.eq(lesson.value()))
                .fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    @Override
    public void delete(OrganizationId org, TrainingId id) {
        dsl.deleteFrom(TRAININGS).where(TRAININGS.ORGANIZATION_ID.eq(org.value()), TRAININGS.ID.eq(id.value())).execute();
    }

    private static TrainingsRecord toRecord(Training training, long version) {
        TrainingsRecord r = new TrainingsRecord();
        r.setId(training.id().value());
        r.setOrganizationId(training.organizationId().value());
        r.setLessonId(training.lessonId().value());
        r.setTitle(training.title().value());
        r.setKind(training.kind().value());
        r.setPosition(training.position().value());
        r.setCreatedAt(training.createdAt());
        r.setUpdatedAt(training.updatedAt());
        r.setVersion(version);
        return r;
    }

    private static Training toTraining(TrainingsRecord r) {
        return Training.rehydrate(new TrainingId(r.getId()), new OrganizationId(r.getOrganizationId()), new LessonId(r.getLessonId()),
                new Title(r.getTitle()), new TrainingKind(r.getKind()), new Position(r.getPosition()), r.getCreatedAt(),
                r.getUpdatedAt(), r.getVersion());
    }
}
