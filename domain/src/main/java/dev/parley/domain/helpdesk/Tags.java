package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A ticket's labels: at most 20, each 1-50 characters, duplicates dropped, order kept. */
public record Tags(List<String> values) {
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 50;

    public Tags {
        InvalidInput.required("tags", values);
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String tag : values) {
            if (tag == null || tag.isBlank()) {
                throw new InvalidInput("tags", "must not contain empty tags");
            }
            String stripped = tag.strip();
            if (stripped.codePointCount(0, stripped.length()) > MAX_TAG_LENGTH) {
                throw new InvalidInput("tags", "must each be at most " + MAX_TAG_LENGTH + " characters");
            }
            distinct.add(stripped);
        }
        if (distinct.size() > MAX_TAGS) {
            throw new InvalidInput("tags", "must be at most " + MAX_TAGS + " tags");
        }
        values = List.copyOf(new ArrayList<>(distinct));
    }

    public static Tags none() {
        return new Tags(List.of());
    }
}
