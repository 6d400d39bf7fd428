package dev.parley.domain.learning.exercise;

import java.util.List;

/** A match between the item at {@code left} in the left column and the item at {@code right} in the right one. */
public record IndexPair(int left, int right) {
    /** As plain data: {@code [left, right]}. */
    public List<Object> toData() {
        return List.of(left, right);
    }
}
