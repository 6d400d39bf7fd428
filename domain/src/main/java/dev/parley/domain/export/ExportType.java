package dev.parley.domain.export;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What an export contains, with the CSV header every file of that type starts with. */
public enum ExportType {
    LEARNER_PROGRESS("learner_progress", true, List.of("user_id", "name", "email", "course_id", "course_slug",
            "lessons_completed", "lessons_total", "items_completed", "xp", "last_activity_at")),
    COMPLETIONS("completions", true, List.of("user_id", "email", "scope", "id", "title", "completed_at")),
    ACTIVITY("activity", true, List.of("attempt_id", "user_id", "item_id", "skill", "cefr_level", "correct", "score",
            "xp_awarded", "duration_ms", "attempted_at")),
    TICKETS("tickets", false, List.of("id", "subject", "status", "channel", "customer_name", "customer_email", "tags",
            "created_at", "updated_at"));

    private final String wireName;
    private final boolean learning;
    private final List<String> columns;

    ExportType(String wireName, boolean learning, List<String> columns) {
        this.wireName = wireName;
        this.learning = learning;
        this.columns = columns;
    }

    public String wireName() {
        return wireName;
    }

    /** True for the types drawn from learning progress, which a course can narrow. */
    public boolean learning() {
        return learning;
    }

    public List<String> columns() {
        return columns;
    }

    public static ExportType parse(String field, String raw) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of " + Arrays.stream(values())
                        .map(ExportType::wireName).collect(Collectors.joining(", "))));
    }
}
