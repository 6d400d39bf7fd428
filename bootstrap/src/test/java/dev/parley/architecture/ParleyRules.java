package dev.parley.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parley's six architecture rules (ARCHITECTURE.md §1) for the classes under one base package, real or fixture. */
public record ParleyRules(String base) {
    private static final String JDK_CRYPTO = "javax.crypto..";

    public static ParleyRules forBase(String base) {
        return new ParleyRules(base);
    }

    /** The six numbered rules, in order. */
    public List<ArchRule> numbered() {
        return List.of(onionDirection(), embeddableCore(), contextsStayApart(), technologyStaysInItsAdapter(),
                coreIsDeterministic(), errorAndOutputDiscipline());
    }

    /** Every clause of the six rules on its own, keyed by rule number and topic, so each can be shown to fail. */
    public Map<String, ArchRule> clauses() {
        Map<String, ArchRule> clauses = new LinkedHashMap<>();
        clauses.put("1 onion", onionDirection());
        clauses.put("2 domain", domainDependsOnlyOnItselfAndJava());
        clauses.put("2 application", applicationDependsOnlyOnCoreAndJava());
        clauses.put("3 contexts", contextsStayApart());
        clauses.put("4 persistence", persistenceTechnologyStaysInPersistence());
        clauses.put("4 web", webTechnologyStaysInHttp());
        clauses.put("4 mapstruct", mapstructStaysInAdapters());
        clauses.put("4 jackson", jacksonStaysOutOfTheCore());
        clauses.put("5 determinism", coreIsDeterministic());
        clauses.put("6 exceptions", domainExceptionsAreFinalAndInTheDomain());
        clauses.put("6 streams", onlyTheCliWritesToStandardStreams());
        return clauses;
    }

    /**
     * Rule 1: adapters depend on application and domain, never the reverse, and never on each other. The layers are
     * optional because Parley has no separate domain-service layer and the adapters may still be empty;
     * ArchitectureRulesFailTest proves every layer is checked.
     */
    public ArchRule onionDirection() {
        return onionArchitecture()
                .domainModels(pkg("domain.."))
                .applicationServices(pkg("application.."))
                .adapter("http", pkg("adapter.http.."))
                .adapter("persistence", pkg("adapter.persistence.."))
                .adapter("outbound", pkg("adapter.outbound.."))
                .ignoreDependency(resideInAPackage(pkg("bootstrap..")), alwaysTrue())
                .withOptionalLayers(true);
    }

    /**
     * Rule 2: domain and application have no third-party dependencies, so they can be embedded. The JDK is {@code java..}
     * plus its cryptography API {@code javax.crypto..}, so that signatures use the platform's HMAC rather than a hand-made one.
     */
    public ArchRule embeddableCore() {
        return CompositeArchRule.of(domainDependsOnlyOnItselfAndJava()).and(applicationDependsOnlyOnCoreAndJava());
    }

    ArchRule domainDependsOnlyOnItselfAndJava() {
        return classes().that().resideInAPackage(pkg("domain.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("domain.."), "java..", JDK_CRYPTO);
    }

    ArchRule applicationDependsOnlyOnCoreAndJava() {
        return classes().that().resideInAPackage(pkg("application.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("application.."), pkg("domain.."), "java..", JDK_CRYPTO);
    }

    /**
     * Rule 3: a context never reaches into another. In the core, contexts share only {@code shared}; an adapter
     * package named after a context may also use another context's in-ports and the domain types they publish.
     */
    public ArchRule contextsStayApart() {
        return slices().assignedFrom(new ContextSlices(base))
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(pkg("domain.shared.."), pkg("application.shared.."), pkg("adapter.*.shared..")))
                .ignoreDependency(resideInAPackage(pkg("adapter..")), ContextSlices.inAnInPort(base))
                .ignoreDependency(resideInAPackage(pkg("adapter..")), ContextSlices.publishedByAnInPort(base));
    }

    /** Rule 4: each technology is used only by the adapter that wraps it (and by bootstrap, which wires it). */
    public ArchRule technologyStaysInItsAdapter() {
        return CompositeArchRule.of(persistenceTechnologyStaysInPersistence()).and(webTechnologyStaysInHttp())
                .and(mapstructStaysInAdapters()).and(jacksonStaysOutOfTheCore());
    }

    ArchRule persistenceTechnologyStaysInPersistence() {
        return noClasses().that().resideOutsideOfPackages(pkg("adapter.persistence.."), pkg("bootstrap.."))
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "java.sql..", pkg("adapter.persistence.jooq.."));
    }

    ArchRule webTechnologyStaysInHttp() {
        return noClasses().that().resideOutsideOfPackages(pkg("adapter.http.."), pkg("bootstrap.."))
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..");
    }

    ArchRule mapstructStaysInAdapters() {
        return noClasses().that().resideOutsideOfPackage(pkg("adapter.."))
                .should().dependOnClassesThat().resideInAPackage("org.mapstruct..");
    }

    ArchRule jacksonStaysOutOfTheCore() {
        return noClasses().that().resideInAnyPackage(pkg("domain.."), pkg("application.."))
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");
    }

    /** Rule 5: time and randomness reach the core only through a {@code Clock} and the id and secret ports. */
    public ArchRule coreIsDeterministic() {
        return noClasses().that().resideInAnyPackage(pkg("domain.."), pkg("application.."))
                .should().accessTargetWhere(NondeterministicAccess.readsTheWallClockOrDrawsRandomness());
    }

    /** Rule 6: business errors are final domain types, and only the command line talks to the console. */
    public ArchRule errorAndOutputDiscipline() {
        return CompositeArchRule.of(domainExceptionsAreFinalAndInTheDomain()).and(onlyTheCliWritesToStandardStreams());
    }

    ArchRule domainExceptionsAreFinalAndInTheDomain() {
        return classes().that().areAssignableTo(pkg("domain.shared.DomainException"))
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().resideInAPackage(pkg("domain.."))
                .andShould().haveModifier(JavaModifier.FINAL);
    }

    ArchRule onlyTheCliWritesToStandardStreams() {
        return noClasses().that().resideOutsideOfPackage(pkg("bootstrap.."))
                .should(ACCESS_STANDARD_STREAMS)
                .because("the CLI in bootstrap prints tokens and usage; everything else logs");
    }

    private String pkg(String relative) {
        return base + "." + relative;
    }
}
