package dev.parley.adapter.http.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaravelPageTest {
    @Test
    void describesAMiddlePageWithLinksAndPositions() {
        LaravelPage<String> page = LaravelPage.of(new Page<>(List.of("c", "d"), 5, new PageRequest(2, 2)), "/api/courses");

        assertThat(page.data()).containsExactly("c", "d");
        assertThat(page.links()).containsExactly(Map.entry("first", "/api/courses?page=1"), Map.entry("last", "/api/courses?page=3"),
                Map.entry("prev", "/api/courses?page=1"), Map.entry("next", "/api/courses?page=3"));
        assertThat(page.meta()).containsEntry("current_page", 2).containsEntry("from", 3L).containsEntry("to", 4L)
                .containsEntry("last_page", 3L).containsEntry("per_page", 2).containsEntry("total", 5L)
                .containsEntry("path", "/api/courses");
    }

    @Test
    void anEmptyPageHasNoPositionsAndOneLastPage() {
        LaravelPage<String> page = LaravelPage.of(new Page<>(List.of(), 0, new PageRequest(1, 15)), "/api/lessons");

        assertThat(page.meta()).containsEntry("from", null).containsEntry("to", null).containsEntry("last_page", 1L);
        assertThat(page.links()).containsEntry("prev", null).containsEntry("next", null).containsEntry("last", "/api/lessons?page=1");
    }

    @Test
    void linksKeepTheOtherQueryParametersEncodedAndReplaceThePage() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("organization", List.of("acme"));
        query.put("page", List.of("1"));
        query.put("q", List.of("a&b c"));

        LaravelPage<String> page = LaravelPage.of(new Page<>(List.of("x"), 2, new PageRequest(1, 1)), "/api/public/courses", query);

        assertThat(page.links().get("next")).isEqualTo("/api/public/courses?organization=acme&q=a%26b+c&page=2");
        assertThat(page.meta().get("path")).isEqualTo("/api/public/courses");
    }
}
