package dev.parley.adapter.http.livechat.dto;

import java.util.List;

/** The reference's list envelope: {@code {"data": [...]}}. */
public record DataList<T>(List<T> data) {
}
