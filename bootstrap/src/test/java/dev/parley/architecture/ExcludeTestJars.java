package dev.parley.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/** Leaves out the test-jars other modules publish (fakes, contract suites); {@code DoNotIncludeTests} only knows test-classes folders. */
public final class ExcludeTestJars implements ImportOption {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR);
    }
}
