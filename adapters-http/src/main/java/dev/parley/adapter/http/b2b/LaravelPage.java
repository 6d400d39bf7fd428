package dev.parley.adapter.http.b2b;

import dev.parley.application.shared.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Laravel's length-aware paginator: {@code {data, links{first,last,prev,next}, meta{...}}}. */
public record LaravelPage<T>(List<T> data, Map<String, Object> links, Map<String, Object> meta) {
    public static <T> LaravelPage<T> of(Page<T> page, String path) {
        return of(page, path, Map.of());
    }

    /** A page whose links keep the request's other query parameters (filters), as Laravel's {@code withQueryString()}. */
    public static <T> LaravelPage<T> of(Page<T> page, String path, Map<String, List<String>> query) {
        String kept = query.entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals("page"))
                .flatMap(parameter -> parameter.getValue().stream().map(value -> encode(parameter.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        String base = path + "?" + (kept.isEmpty() ? "" : kept + "&");
        int current = page.request().page();
        int perPage = page.request().perPage();
        long lastPage = Math.max(1, Math.ceilDiv(page.total(), perPage));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", url(base, 1));
        links.put("last", url(base, lastPage));
        links.put("prev", current > 1 ? url(base, current - 1) : null);
        links.put("next", current < lastPage ? url(base, current + 1) : null);
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

    private static String url(String base, long page) {
        return base + "page=" + page;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
