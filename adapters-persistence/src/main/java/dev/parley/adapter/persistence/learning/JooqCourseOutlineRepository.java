package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.COURSES;
import static dev.parley.adapter.persistence.jooq.Tables.LESSONS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAININGS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_ITEMS;

import dev.parley.application.learning.port.out.CourseOutlineRepository;
import dev.parley.application.learning.port.out.ItemPlacement;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.shared.OrganizationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads where an item sits and what an answer to it can complete from the content tables, in two or three queries. */
public final class JooqCourseOutlineRepository implements CourseOutlineRepository {
    private final DSLContext dsl;

    public JooqCourseOutlineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ItemPlacement> placement(OrganizationId org, TrainingItemId item) {
        return dsl.select(TRAINING_ITEMS.TRAINING_ID, TRAININGS.LESSON_ID, LESSONS.COURSE_ID, COURSES.STATUS)
                .from(TRAINING_ITEMS)
                .join(TRAININGS).on(TRAININGS.ORGANIZATION_ID.eq(TRAINING_ITEMS.ORGANIZATION_ID), TRAININGS.ID.eq(TRAINING_ITEMS.TRAINING_ID))
                .join(LESSONS).on(LESSONS.ORGANIZATION_ID.eq(TRAININGS.ORGANIZATION_ID), LESSONS.ID.eq(TRAININGS.LESSON_ID))
                .join(COURSES).on(COURSES.ORGANIZATION_ID.eq(LESSONS.ORGANIZATION_ID), COURSES.ID.eq(LESSONS.COURSE_ID))
                .where(TRAINING_ITEMS.ORGANIZATION_ID.eq(org.value()), TRAINING_ITEMS.ID.eq(item.value()))
                .fetchOptional(r -> new ItemPlacement(item, new TrainingId(r.value1()), new LessonId(r.value2()), new CourseId(r.value3()),
                        CourseStatus.parse("status", r.value4())));
    }

    @Override
    public CompletionScope scope(OrganizationId org, ItemPlacement placement) {
        Map<TrainingId, List<TrainingItemId>> trainings = new LinkedHashMap<>();
        dsl.select(TRAININGS.ID, TRAINING_ITEMS.ID)
                .from(TRAININGS)
                .leftJoin(TRAINING_ITEMS).on(TRAINING_ITEMS.ORGANIZATION_ID.eq(TRAININGS.ORGANIZATION_ID),
                        TRAINING_ITEMS.TRAINING_ID.eq(TRAININGS.ID))
                .where(TRAININGS.ORGANIZATION_ID.eq(org.value()), TRAININGS.LESSON_ID.eq(placement.lesson().value()))
                .orderBy(TRAININGS.POSITION, TRAININGS.CREATED_AT, TRAININGS.ID, TRAINING_ITEMS.POSITION, TRAINING_ITEMS.CREATED_AT,
                        TRAINING_ITEMS.ID)
                .forEach(r -> {
                    List<TrainingItemId> items = trainings.computeIfAbsent(new TrainingId(r.value1()), id -> new ArrayList<>());
                    if (r.value2() != null) {
                        items.add(new TrainingItemId(r.value2()));
                    }
                });
        var lessonsWithItems = dsl.select(LESSONS.ID).from(LESSONS)
                .where(LESSONS.ORGANIZATION_ID.eq(org.value()), LESSONS.COURSE_ID.eq(placement.course().value()),
                        DSL.exists(DSL.selectOne().from(TRAININGS)
                                .join(TRAINING_ITEMS).on(TRAINING_ITEMS.ORGANIZATION_ID.eq(TRAININGS.ORGANIZATION_ID),
                                        TRAINING_ITEMS.TRAINING_ID.eq(TRAININGS.ID))
                                .where(TRAININGS.ORGANIZATION_ID.eq(LESSONS.ORGANIZATION_ID), TRAININGS.LESSON_ID.eq(LESSONS.ID))))
                .fetch(r -> new LessonId(r.value1()));
        return new CompletionScope(placement.course(), placement.lesson(), trainings, lessonsWithItems.stream().collect(Collectors.toSet()));
    }
}
