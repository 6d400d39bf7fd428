package dev.parley.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.parley",
        importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeTestJars.class, ExcludeArchitectureFixtures.class})
class ArchitectureTest {
    private static final ParleyRules RULES = ParleyRules.forBase("dev.parley");

    @ArchTest
    static final ArchRule adaptersPointInwardAndNeverAtEachOther = RULES.onionDirection();

    @ArchTest
    static final ArchRule coreDependsOnlyOnItselfAndJava = RULES.embeddableCore();

    @ArchTest
    static final ArchRule contextsUseEachOtherOnlyThroughInPortsAndShared = RULES.contextsStayApart();

    @ArchTest
    static final ArchRule technologyStaysInItsAdapter = RULES.technologyStaysInItsAdapter();

    @ArchTest
    static final ArchRule coreTakesTimeAndRandomnessFromPorts = RULES.coreIsDeterministic();

    @ArchTest
    static final ArchRule domainExceptionsAreFinalAndOnlyTheCliPrints = RULES.errorAndOutputDiscipline();

    @ArchTest
    static void importsProductionClassesOnly(JavaClasses classes) {
        assertThat(classes.contain("dev.parley.domain.helpdesk.Ticket")).isTrue();
        assertThat(classes.contain("dev.parley.application.helpdesk.HelpdeskService")).isTrue();
        assertThat(classes.stream().map(JavaClass::getPackageName)).noneMatch(name -> name.startsWith("dev.parley.architecture"));
        assertThat(classes.stream().flatMap(c -> c.getSource().stream()).map(source -> source.getUri().toString()))
                .noneMatch(uri -> uri.contains("/test-classes/") || uri.contains("-tests.jar!"));
    }
}
