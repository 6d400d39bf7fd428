package dev.parley.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.ErrorKind;
import dev.parley.domain.shared.Forbidden;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ErrorRenderersTest {
    @Test
    void helpdeskRendersTheReferenceShapeWithTheField() {
        ErrorRenderer.Rendered rendered = new HelpdeskErrors().render(Problems.of(new InvalidInput("customer.email", "is not valid")));

        assertThat(rendered.status()).isEqualTo(400);
        assertThat(Json.write(rendered.body()))
                .isEqualTo("{\"error\":{\"code\":\"bad_request\",\"message\":\"customer.email is not valid\",\"field\":\"customer.email\"}}");
    }

    @Test
    void b2bRendersLaravelValidationAs422() {
        ErrorRenderer.Rendered rendered = new B2bErrors().render(Problems.of(new InvalidInput("name", "is required")));

        assertThat(rendered.status()).isEqualTo(422);
        assertThat(Json.write(rendered.body())).isEqualTo("{\"message\":\"name is required\",\"errors\":{\"name\":[\"name is required\"]}}");
    }

    @Test
    void b2bFilesAMalformedBodyUnderBodySoEvery422HasErrors() {
        ErrorRenderer.Rendered rendered = new B2bErrors().render(Problem.of(ProblemKind.INVALID, "The request body is not valid JSON."));

        assertThat(rendered.status()).isEqualTo(422);
        assertThat(Json.write(rendered.body()))
                .isEqualTo("{\"message\":\"The request body is not valid JSON.\",\"errors\":{\"body\":[\"The request body is not valid JSON.\"]}}");
    }

    @Test
    void livechatRendersUpperCaseCodes() {
        ErrorRenderer.Rendered rendered = new LivechatErrors().render(Problem.of(ProblemKind.UNAUTHENTICATED, "no"));

        assertThat(rendered.status()).isEqualTo(401);
        assertThat(Json.write(rendered.body())).isEqualTo("{\"code\":\"REQUEST_UNAUTHORIZED\",\"message\":\"no\"}");
    }

    @Property
    void everyKindRendersOnEverySurfaceWithItsStatus(@ForAll ProblemKind kind) {
        Problem problem = Problem.of(kind, "something");
        for (ErrorRenderer renderer : List.of(new HelpdeskErrors(), new B2bErrors(), new LivechatErrors(), new WebErrors())) {
            ErrorRenderer.Rendered rendered = renderer.render(problem);
            int expected = renderer instanceof B2bErrors && kind == ProblemKind.INVALID ? 422 : kind.defaultStatus();
            assertThat(rendered.status()).isEqualTo(expected);
            assertThat(Json.write(rendered.body())).isNotBlank();
        }
    }

    @Property
    void businessErrorsNeverBecomeServerErrors(@ForAll ErrorKind kind) {
        DomainException error = switch (kind) {
            case INVALID -> new InvalidInput("f", "bad");
            case NOT_FOUND -> new NotFound("ticket", "x");
            case CONFLICT -> new Conflict("c", "clash");
            case FORBIDDEN -> new Forbidden("f", "no");
        };

        assertThat(Problems.of(error).status()).isBetween(400, 499);
    }

    @Test
    void surfacesAreChosenByPathPrefix() {
        assertThat(Map.of("/v1/tickets/x", Surface.HELPDESK, "/v1/rooms:open/1", Surface.LIVECHAT, "/api/auth/me", Surface.B2B,
                "/apiary", Surface.WEB, "/health", Surface.WEB))
                .allSatisfy((path, surface) -> assertThat(Surface.of(path)).isEqualTo(surface));
    }
}
