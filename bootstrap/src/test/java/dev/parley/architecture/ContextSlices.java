package dev.parley.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;

/**
 * Assigns each class to its bounded context: {@code <base>.domain.<ctx>..}, {@code <base>.application.<ctx>..},
 * and {@code <base>.adapter.<kind>.<ctx>..} when {@code <ctx>} is a context of the core. Adapter packages that are
 * not contexts ({@code jooq}, {@code support}, {@code b2b}) belong to no slice.
 */
final class ContextSlices implements SliceAssignment {
    private final String base;

    ContextSlices(String base) {
        this.base = base;
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return contextOf(base, javaClass).map(SliceIdentifier::of).orElseGet(SliceIdentifier::ignore);
    }

    @Override
    public String getDescription() {
        return "bounded contexts of " + base;
    }

    /** A class in some context's {@code application.<ctx>.port.in} package. */
    static DescribedPredicate<JavaClass> inAnInPort(String base) {
        return DescribedPredicate.describe("an in-port",
                target -> coreContextOf(base, target, "application").filter(ctx -> isInPort(base, ctx, target)).isPresent());
    }

    /** A domain class that some in-port of the same context takes, returns or holds. */
    static DescribedPredicate<JavaClass> publishedByAnInPort(String base) {
        return DescribedPredicate.describe("a domain type published by an in-port of its context",
                target -> coreContextOf(base, target, "domain")
                        .filter(ctx -> target.getDirectDependenciesToSelf().stream().anyMatch(d -> isInPort(base, ctx, d.getOriginClass())))
                        .isPresent());
    }

    private static boolean isInPort(String base, String context, JavaClass javaClass) {
        String inPort = base + ".application." + context + ".port.in";
        String name = javaClass.getPackageName();
        return name.equals(inPort) || name.startsWith(inPort + ".");
    }

    private static Optional<String> contextOf(String base, JavaClass javaClass) {
        String[] segments = segmentsBelow(base, javaClass);
        if (segments.length >= 2 && (segments[0].equals("domain") || segments[0].equals("application"))) {
            return Optional.of(segments[1]);
        }
        if (segments.length >= 3 && segments[0].equals("adapter") && isCoreContext(base, javaClass, segments[2])) {
            return Optional.of(segments[2]);
        }
        return Optional.empty();
    }

    private static Optional<String> coreContextOf(String base, JavaClass javaClass, String layer) {
        String[] segments = segmentsBelow(base, javaClass);
        return segments.length >= 2 && segments[0].equals(layer) ? Optional.of(segments[1]) : Optional.empty();
    }

    private static String[] segmentsBelow(String base, JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.startsWith(base + ".") ? name.substring(base.length() + 1).split("\\.") : new String[0];
    }

    private static boolean isCoreContext(String base, JavaClass javaClass, String candidate) {
        Optional<JavaPackage> root = Optional.of(javaClass.getPackage());
        while (root.isPresent() && !root.get().getName().equals(base)) {
            root = root.get().getParent();
        }
        return root.map(p -> p.containsPackage("domain." + candidate) || p.containsPackage("application." + candidate)).orElse(false);
    }
}
