package dev.parley.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.webhook.EventCatalog;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event type the platform records is one a webhook can subscribe to. */
class EventCatalogTest {
    @Test
    void theCatalogListsTheTypeOfEveryDomainEvent() throws Exception {
        List<Class<?>> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new ExcludeTestJars())
                .importPackages("dev.parley.domain")
                .stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .toList();

        assertThat(events).hasSizeGreaterThanOrEqualTo(17);
        for (Class<?> event : events) {
            String type = ((DomainEvent) blank(event)).type();
            assertThat(EventCatalog.contains(type)).as("%s records %s", event.getName(), type).isTrue();
        }
    }

    /** An instance made without running a constructor: {@code type()} answers a constant, whatever the fields hold. */
    private static Object blank(Class<?> type) throws Exception {
        Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeType.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        return unsafeType.getMethod("allocateInstance", Class.class).invoke(theUnsafe.get(null), type);
    }
}
