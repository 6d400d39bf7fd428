package dev.parley.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** Keeps the deliberately broken fixtures of ArchitectureRulesFailTest out of the production import. */
public final class ExcludeArchitectureFixtures implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return !location.contains("/dev/parley/architecture/fixtures/");
    }
}
