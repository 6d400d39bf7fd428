package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.LanguageTag;
import java.util.Objects;
import java.util.Optional;

/** Which published courses the public catalogue shows. */
public record CatalogFilter(Optional<LanguageTag> language, Optional<CefrLevel> cefrLevel) {
    public CatalogFilter {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(cefrLevel, "cefrLevel");
    }
}
