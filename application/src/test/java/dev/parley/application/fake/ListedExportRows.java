package dev.parley.application.fake;

import dev.parley.application.export.port.out.ExportRowSource;
import dev.parley.application.export.port.out.ExportSink;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.OrganizationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows a test lists per organization and type (filters are not applied); can be told to fail after some rows. */
public final class ListedExportRows implements ExportRowSource {
    private final Map<String, List<List<String>>> rows = new HashMap<>();
    private final Set<String> courses = new HashSet<>();
    private int failAfter = -1;

    public synchronized void add(OrganizationId org, ExportType type, List<String> cells) {
        rows.computeIfAbsent(key(org, type), k -> new ArrayList<>()).add(cells);
    }

    public synchronized void addCourse(OrganizationId org, long courseId) {
        courses.add(org.value() + "/" + courseId);
    }

    @Override
    public synchronized boolean hasCourse(OrganizationId org, long courseId) {
        return courses.contains(org.value() + "/" + courseId);
    }

    /** The next streams break after {@code count} rows, as a dropped database connection would. */
    public synchronized void failAfter(int count) {
        failAfter = count;
    }

    @Override
    public void stream(OrganizationId org, ExportType type, ExportFilters filters, ExportSink sink) {
        List<List<String>> listed;
        int limit;
        synchronized (this) {
            listed = List.copyOf(rows.getOrDefault(key(org, type), List.of()));
            limit = failAfter;
        }
        for (int i = 0; i < listed.size(); i++) {
            if (i == limit) {
                throw new IllegalStateException("connection lost");
            }
            sink.row(listed.get(i));
        }
        if (limit >= 0 && limit >= listed.size()) {
            throw new IllegalStateException("connection lost");
        }
    }

    private static String key(OrganizationId org, ExportType type) {
        return org.value() + "/" + type.wireName();
    }
}
