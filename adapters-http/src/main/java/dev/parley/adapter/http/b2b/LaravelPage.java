package dev.parley.adapter.http.b2b;

import dev.parley.application.shared.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Laravel's length-aware paginator: {@code {data, links{first,last,prev,next}, meta{...}}}. */
public record LaravelPage<T>(List<T> data, Map<String, Object> links, Map<String, Object> meta) {
    public static <T> LaravelPage<T> of(Page<T> page, String path) {
        int current = page.request().page();
        int perPage = page.request().perPage();
        long lastPage = Math.max(1, Math.ceilDiv(page.total(), perPage));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", url(path, 1));
        links.put("last", url(path, lastPage));
        links.put("prev", current > 1 ? url(path, current - 1) : null);
        links.put("next", current < lastPage ? url(path, current + 1) : null);
        boolean empty = page.items().isEmpty();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("current_page", current);
        meta.put("from", empty ? null : page.request().offset() + 1);
        meta.put("last_page", lastPage);
        meta.put("path", path);
        meta.put("per_page", perPage);
        meta.put("to", empty ? null : page.request().offset() + page.items().size());
        meta.put("total", page.total());
        return new LaravelPage<>(page.items(), links, meta);
    }

    private static String url(String path, long page) {
        return path + "?page=" + page;
    }
}
