package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Training;

/** A training with the number of items it holds. */
public record TrainingView(Training training, long itemCount) {
}
