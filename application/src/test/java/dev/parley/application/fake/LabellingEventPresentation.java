package dev.parley.application.fake;

import dev.parley.application.webhook.port.out.EventPresentation;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Presents an event as {@code {"presented": type, "organization": id, "stored": data}} and remembers each call. */
public final class LabellingEventPresentation implements EventPresentation {
    private final List<String> presented = new ArrayList<>();

    @Override
    public JsonFragment present(String type, OrganizationId organization, Map<String, Object> data) {
        presented.add(type);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("presented", type);
        shown.put("organization", organization.value());
        shown.put("stored", data);
        return JsonFragment.of(shown);
    }

    /** The types presented so far, in order. */
    public List<String> presented() {
        return List.copyOf(presented);
    }
}
