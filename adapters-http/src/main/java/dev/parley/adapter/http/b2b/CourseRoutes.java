package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.CourseDraft;
import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.in.CourseQueries;
import dev.parley.application.learning.port.in.CourseReference;
import dev.parley.application.learning.port.in.CourseUseCase;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.learning.Title;
import dev.parley.domain.shared.NotFound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** Courses: {@code /api/courses}, each addressed by its id or its slug. */
public final class CourseRoutes {
    static final Requires READ = new Requires(Ability.COURSES_READ);
    static final Requires WRITE = new Requires(Ability.COURSES_WRITE);

    private final CourseUseCase courses;
    private final CourseQueries queries;
    private final Idempotency idempotency;
    private final LearningDtoMapper mapper = LearningDtoMapper.INSTANCE;

    public CourseRoutes(CourseUseCase courses, CourseQueries queries, Idempotency idempotency) {
        this.courses = courses;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/courses", this::list, READ);
        routes.post("/api/courses", idempotency.wrap(this::create), WRITE);
        routes.get("/api/courses/{course}", ctx ->
                Responses.json(ctx, 200, new DataEnvelope<>(mapper.toCourseDetail(queries.get(org(ctx), reference(ctx))))), READ);
        routes.put("/api/courses/{course}", this::update, WRITE);
        routes.patch("/api/courses/{course}", this::update, WRITE);
        routes.delete("/api/courses/{course}", ctx -> {
            courses.delete(org(ctx), reference(ctx));
            Responses.noContent(ctx);
        }, WRITE);
    }

    private void list(Context ctx) {
        CourseFilter filter = new CourseFilter(
                QueryParams.text(ctx, "status").map(s -> CourseStatus.parse("status", s)),
                QueryParams.text(ctx, "language").map(l -> LanguageTag.of("language", l)),
                QueryParams.text(ctx, "cefr_level").map(l -> CefrLevel.parse("cefr_level", l)),
                QueryParams.text(ctx, "q").map(String::strip));
        var page = queries.list(org(ctx), filter, B2bRequests.page(ctx));
        Responses.json(ctx, 200, LaravelPage.of(page.map(mapper::toCourse), ctx.path(), ctx.queryParamMap()));
    }

    private void create(Context ctx) {
        var created = courses.create(org(ctx), draft(JsonBody.parse(ctx.body())));
        Responses.json(ctx, 201, new DataEnvelope<>(mapper.toCourseDetail(created)));
    }

    private void update(Context ctx) {
        CourseReference reference = reference(ctx);
        var updated = courses.update(org(ctx), reference, draft(JsonBody.parse(ctx.body())));
        Responses.json(ctx, 200, new DataEnvelope<>(mapper.toCourseDetail(updated)));
    }

    private static CourseDraft draft(JsonBody body) {
        Optional<Optional<String>> description = body.has("description") ? Optional.of(body.text("description")) : Optional.empty();
        return new CourseDraft(
                body.text("slug").map(CourseSlug::new),
                body.text("title").map(Title::new),
                description,
                body.text("language").map(l -> LanguageTag.of("language", l)),
                body.text("source_language").map(l -> LanguageTag.of("source_language", l)),
                body.text("cefr_level").map(l -> CefrLevel.parse("cefr_level", l)),
                body.text("status").map(s -> CourseStatus.parse("status", s)));
    }

    /** The id or slug in the path; a number is tried as an id first, then, if it has a slug's shape, as a slug. */
    static CourseReference reference(Context ctx) {
        String raw = ctx.pathParam("course");
        CourseReference reference = new CourseReference(B2bRequests.positive(raw).map(CourseId::new),
                Optional.of(raw).filter(CourseSlug::isValid).map(CourseSlug::new));
        if (reference.id().isEmpty() && reference.slug().isEmpty()) {
            throw new NotFound("course", raw);
        }
        return reference;
    }
}
