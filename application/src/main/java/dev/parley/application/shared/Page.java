package dev.parley.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total across all pages. */
public record Page<T>(List<T> items, long total, PageRequest request) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }
}
