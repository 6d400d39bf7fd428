package dev.parley.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import java.time.Clock;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Calls and method references that read the wall clock or draw randomness instead of asking an injected port. */
final class NondeterministicAccess {
    private static final Set<String> SYSTEM_CLOCKS = Set.of("systemUTC", "systemDefaultZone", "system");

    private NondeterministicAccess() {
    }

    static DescribedPredicate<JavaAccess<?>> readsTheWallClockOrDrawsRandomness() {
        return DescribedPredicate.describe(
                "reads the wall clock (now() without a Clock, Clock.system*, System.currentTimeMillis) or draws randomness "
                        + "(UUID.randomUUID, new Random/SecureRandom, Math.random, ThreadLocalRandom)",
                access -> readsTheWallClock(access.getTarget()) || drawsRandomness(access.getTarget()));
    }

    private static boolean readsTheWallClock(AccessTarget target) {
        JavaClass owner = target.getOwner();
        String name = target.getName();
        return owner.getPackageName().equals("java.time") && name.equals("now") && !takesAClock(target)
                || owner.isEquivalentTo(Clock.class) && SYSTEM_CLOCKS.contains(name)
                || owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
    }

    private static boolean takesAClock(AccessTarget target) {
        return target instanceof CodeUnitAccessTarget codeUnit
                && codeUnit.getRawParameterTypes().stream().anyMatch(type -> type.isAssignableTo(Clock.class));
    }

    private static boolean drawsRandomness(AccessTarget target) {
        JavaClass owner = target.getOwner();
        String name = target.getName();
        return owner.isEquivalentTo(UUID.class) && name.equals("randomUUID")
                || owner.isAssignableTo(Random.class) && name.equals("<init>")
                || owner.isEquivalentTo(ThreadLocalRandom.class) && name.equals("current")
                || (owner.isEquivalentTo(Math.class) || owner.isEquivalentTo(StrictMath.class)) && name.equals("random");
    }
}
