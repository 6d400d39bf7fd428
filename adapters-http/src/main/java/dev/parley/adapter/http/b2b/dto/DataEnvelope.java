package dev.parley.adapter.http.b2b.dto;

/** Laravel's resource wrapper: {@code {"data": ...}}. */
public record DataEnvelope<T>(T data) {
}
