package dev.parley.adapter.http.support;

import java.util.Map;

/** Errors outside the API surfaces (health, documents): a plain {@code {"error": "..."}}. */
public final class WebErrors implements ErrorRenderer {
    @Override
    public Rendered render(Problem problem) {
        return new Rendered(problem.status(), Map.of("error", problem.message()));
    }
}
