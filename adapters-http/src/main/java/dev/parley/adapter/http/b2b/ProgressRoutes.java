package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.AttemptUseCase;
import dev.parley.application.learning.port.in.LessonProgressQueries;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** A learner's attempts at items and their progress through a course's lessons. */
public final class ProgressRoutes {
    static final Requires READ = new Requires(Ability.PROGRESS_READ);
    static final Requires WRITE = new Requires(Ability.PROGRESS_WRITE);

    private final AttemptUseCase attempts;
    private final LessonProgressQueries lessons;
    private final Idempotency idempotency;
    private final ProgressDtoMapper mapper = ProgressDtoMapper.INSTANCE;

    public ProgressRoutes(AttemptUseCase attempts, LessonProgressQueries lessons, Idempotency idempotency) {
        this.attempts = attempts;
        this.lessons = lessons;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/trainingItems/{item}/attempts", idempotency.wrap(this::attempt), WRITE);
        routes.get("/api/courses/{course}/lesson-progress", ctx -> Responses.json(ctx, 200, new DataEnvelope<>(
                lessons.lessonProgress(org(ctx), LearnerTarget.subject(ctx), CourseRoutes.reference(ctx)).stream()
                        .map(mapper::toLessonProgress).toList())), READ);
    }

    private void attempt(Context ctx) {
        TrainingItemId item = new TrainingItemId(B2bRequests.pathId(ctx, "item", "training_item"));
        JsonBody body = JsonBody.parse(ctx.body());
        long durationMs = body.longInteger("duration_ms").orElseThrow(() -> new InvalidInput("duration_ms", "is required"));
        var result = attempts.submit(org(ctx), LearnerTarget.self(ctx), item, body.plain("answer").orElse(null), durationMs);
        Responses.json(ctx, 201, new DataEnvelope<>(mapper.toAttempt(result)));
    }
}
