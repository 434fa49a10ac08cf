package org.newsroom.facts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    static final String[] FEATURES = { "claim", "correction", "country", "delivery", "demo", "desk", "deployment", "event", "fact", "live",
            "ops", "place", "revision", "source", "statistic", "usage", "webhook" };
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

    private static String[] packages(String[] names) {
        return java.util.Arrays.stream(names).map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }
}
