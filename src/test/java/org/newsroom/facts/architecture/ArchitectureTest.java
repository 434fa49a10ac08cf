package org.newsroom.facts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering of the packages, checked on the compiled classes: the shared part knows no feature, the generic fact
 * feature knows no kind of fact, the GraphQL APIs go through services, and only delivery speaks Vert.x web.
 */
class ArchitectureTest {

    static final String ROOT = "org.newsroom.facts";
    static final String[] FEATURES = { "claim", "correction", "country", "delivery", "demo", "desk", "deployment", "embargo", "event", "fact", "live",
            "intake", "ops", "place", "revision", "source", "statistic", "usage", "webhook" };
    static final String[] KINDS = { "claim", "deployment", "event", "statistic" };

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void theClassesAreThere() {
        // positive control: the rules below see the code they are about
        assertFalse(classes.stream().noneMatch(c -> c.getName().equals(ROOT + ".claim.ClaimService")));
        assertFalse(classes.stream().noneMatch(c -> c.getName().equals(ROOT + ".shared.ReadDatabase")));
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
                .check(classes);
    }

    @Test
    void factDependsOnNoKindOfFact() {
        noClasses().that().resideInAPackage(ROOT + ".fact..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(KINDS))
                .check(classes);
    }

    @Test
    void graphQLApisUseServicesNeverRepositories() {
        noClasses().that().haveSimpleNameEndingWith("GraphQLApi")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void onlyTheHttpEdgesUseVertxWeb() {
        // delivery (GraphQL over HTTP, documents, the fact box) and the desk's sign-in routes
        noClasses().that().resideOutsideOfPackages(ROOT + ".delivery..", ROOT + ".desk..")
                .should().dependOnClassesThat().resideInAPackage("io.vertx.ext.web..")
                .check(classes);
    }

    @Test
    void aKindOfFactUsesNoOtherKind() {
        for (String kind : KINDS) {
            String[] others = java.util.Arrays.stream(KINDS).filter(k -> !k.equals(kind)).map(k -> ROOT + "." + k + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + kind + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void featuresUseOtherFeaturesServicesNeverTheirRepositories() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a repository of another feature",
                            c -> c.getSimpleName().endsWith("Repository") && c.getPackageName().startsWith(ROOT + ".")
                                    && !c.getPackageName().equals(ROOT + "." + feature)))
                    .check(classes);
        }
    }

    /**
     * Quarkus initializes the application's classes while it builds a native image, so a static field holds what was
     * made at build time: no random source (the image would repeat its numbers; GraalVM refuses it), thread, executor
     * or connection may be held in one. Made at run time, in a bean, or per call.
     */
    static final com.tngtech.archunit.lang.ArchRule NOTHING_OF_RUN_TIME_IN_STATIC_FIELDS = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .noFields().that().areStatic().should().haveRawType(java.util.Random.class)
            .orShould().haveRawType(java.security.SecureRandom.class).orShould().haveRawType(java.util.SplittableRandom.class)
            .orShould().haveRawType(Thread.class).orShould().haveRawType(java.util.concurrent.ExecutorService.class)
            .orShould().haveRawType(java.util.concurrent.ScheduledExecutorService.class).orShould().haveRawType(java.sql.Connection.class)
            .because("a native image initializes these classes at build time");

    @Test
    void noStaticFieldHoldsARandomSourceThreadExecutorOrConnection() {
        NOTHING_OF_RUN_TIME_IN_STATIC_FIELDS.check(classes);
        // positive control: the rule finds such a field
        JavaClasses fixture = new ClassFileImporter().importClasses(org.newsroom.facts.architecture.fixture.StaticRandom.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> NOTHING_OF_RUN_TIME_IN_STATIC_FIELDS.check(fixture));
    }

    @Test
    void cachesAreBuiltOnlyThroughTheFactoryThatRegistersTheirClasses() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".shared.Caches")
                .should().callMethod(com.github.benmanes.caffeine.cache.Caffeine.class, "build")
                .because("shared.Caches registers the generated classes a native image needs")
                .check(classes);
    }

    @Test
    void everyKindOfFactIsNamedAsItsGraphQLType() {
        // FactNodes names a fact's GraphQL type (for node(nodeId:)) by its view class's simple name, which needs no reflection
        List<com.tngtech.archunit.core.domain.JavaClass> views = classes.stream()
                .filter(c -> !c.isInterface() && c.isAssignableTo(ROOT + ".fact.Fact") && c.isAnnotatedWith(org.eclipse.microprofile.graphql.Type.class))
                .toList();
        assertTrue(views.size() >= KINDS.length, "positive control: the kinds' views are seen: " + views);
        assertEquals(List.of(), views.stream().filter(c -> !c.getAnnotationOfType(org.eclipse.microprofile.graphql.Type.class).value().equals(c.getSimpleName()))
                .map(c -> c.getName()).toList());
    }

    private static String[] packages(String[] names) {
        return java.util.Arrays.stream(names).map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }
}
