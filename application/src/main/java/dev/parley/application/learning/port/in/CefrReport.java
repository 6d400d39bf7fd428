package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.progress.CefrEstimator.Estimate;
import java.util.Objects;

/** A learner's CEFR estimate, made by {@link dev.parley.domain.learning.progress.CefrEstimator} from every answer they gave. */
public record CefrReport(Learner learner, Estimate estimate) {
    public CefrReport {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(estimate, "estimate");
    }
}
