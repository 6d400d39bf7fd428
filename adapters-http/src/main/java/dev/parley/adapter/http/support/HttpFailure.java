package dev.parley.adapter.http.support;

/** A request refused by the HTTP layer itself (authentication, limits, malformed input), not by a business rule. */
public final class HttpFailure extends RuntimeException {
    private final Problem problem;

    public HttpFailure(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public static HttpFailure of(ProblemKind kind, String message) {
        return new HttpFailure(Problem.of(kind, message));
    }

    public Problem problem() {
        return problem;
    }
}
