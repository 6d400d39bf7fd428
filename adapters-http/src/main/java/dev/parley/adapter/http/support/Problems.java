package dev.parley.adapter.http.support;

import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidInput;

/** Translates business refusals into surface-neutral problems; the switch is exhaustive over error kinds. */
public final class Problems {
    private Problems() {
    }

    public static Problem of(DomainException e) {
        Problem problem = switch (e.kind()) {
            case INVALID -> Problem.of(ProblemKind.INVALID, e.getMessage());
            case NOT_FOUND -> Problem.of(ProblemKind.NOT_FOUND, e.getMessage());
            case CONFLICT -> Problem.of(ProblemKind.CONFLICT, e.getMessage());
            case FORBIDDEN -> Problem.of(ProblemKind.FORBIDDEN, e.getMessage());
        };
        Problem coded = problem.withCode(e.code(), e.details());
        return e instanceof InvalidInput invalid ? coded.withField(invalid.field()) : coded;
    }
}
