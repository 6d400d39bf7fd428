package dev.parley.application.learning;

import static dev.parley.application.learning.ContentLookup.required;

import dev.parley.application.learning.port.in.CourseDraft;
import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.in.CourseQueries;
import dev.parley.application.learning.port.in.CourseReference;
import dev.parley.application.learning.port.in.CourseUseCase;
import dev.parley.application.learning.port.in.CourseView;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseDetails;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.util.Optional;

/** Courses: created as drafts by default, revised, published or archived, and deleted with all their content. */
public final class CourseService implements CourseUseCase, CourseQueries {
    private final CourseRepository courses;
    private final CourseOutlines outlines;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public CourseService(CourseRepository courses, LessonRepository lessons, TrainingRepository trainings,
                         TrainingItemRepository items, Transactions tx, IdGenerator ids, Clock clock) {
        this.courses = courses;
        this.outlines = new CourseOutlines(lessons, trainings, items);
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CourseView create(OrganizationId org, CourseDraft draft) {
        CourseDetails details = new CourseDetails(required("slug", draft.slug()), required("title", draft.title()),
                draft.description().orElse(Optional.empty()), required("language", draft.language()),
                required("source_language", draft.sourceLanguage()), required("cefr_level", draft.cefrLevel()));
        return tx.inTransaction(() -> {
            requireFreeSlug(org, details.slug(), Optional.empty());
            Course course = Course.create(new CourseId(ids.newLongId()), org, details,
                    draft.status().orElse(CourseStatus.DRAFT), clock.instant());
            courses.save(course);
            return outlines.view(course);
        });
    }

    @Override
    public CourseView update(OrganizationId org, CourseReference reference, CourseDraft changes) {
        return tx.inTransaction(() -> {
            Course course = ContentLookup.course(courses, org, reference);
            CourseDetails current = course.details();
            CourseDetails revised = new CourseDetails(changes.slug().orElse(current.slug()), changes.title().orElse(current.title()),
                    changes.description().orElse(current.description()), changes.language().orElse(current.language()),
                    changes.sourceLanguage().orElse(current.sourceLanguage()), changes.cefrLevel().orElse(current.cefrLevel()));
            requireFreeSlug(org, revised.slug(), Optional.of(course.id()));
            course.revise(revised, clock.instant());
            changes.status().ifPresent(status -> course.changeStatus(status, clock.instant()));
            courses.save(course);
            return outlines.view(course);
        });
    }

    @Override
    public void delete(OrganizationId org, CourseReference reference) {
        tx.run(() -> courses.delete(org, ContentLookup.course(courses, org, reference).id()));
    }

    @Override
    public Page<Course> list(OrganizationId org, CourseFilter filter, PageRequest page) {
        return courses.list(org, filter, page);
    }

    @Override
    public CourseView get(OrganizationId org, CourseReference reference) {
        return outlines.view(ContentLookup.course(courses, org, reference));
    }

    private void requireFreeSlug(OrganizationId org, CourseSlug slug, Optional<CourseId> self) {
        courses.findBySlug(org, slug).filter(other -> self.map(id -> !id.equals(other.id())).orElse(true)).ifPresent(taken -> {
            throw new InvalidInput("slug", "has already been taken");
        });
    }
}
