// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of docs/ARCHITECTURE.md, checked on the compiled main classes (tests are not imported).
 * Data flows domain → service → view model → view; only {@code store} speaks SQL, only {@code pdf} speaks iText,
 * only {@code ui} and {@code app} build JavaFX scenes.
 *
 * <p>Nested and anonymous classes (lambdas' holders, {@code Foo$1}) belong to their outer class: the name based rules
 * match {@code Name(\$.*)?} so that a ViewModel cannot reach a forbidden type through an inner class.
 */
@AnalyzeClasses(packages = "org.huiwu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "org.huiwu.domain..";
    private static final String SERVICE = "org.huiwu.service..";
    private static final String STORE = "org.huiwu.store..";
    /** jOOQ classes generated from the Flyway migrations at build time; they are store's, not checked themselves. */
    private static final String STORE_GENERATED = "org.huiwu.store.generated..";
    private static final String PDF = "org.huiwu.pdf..";
    private static final String UI = "org.huiwu.ui..";
    private static final String APP = "org.huiwu.app..";
    private static final String CLI = "org.huiwu.cli..";

    private static final String[] PERSISTENCE = {"org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..",
            STORE_GENERATED};
    private static final String[] SCENE_GRAPH = {"javafx.scene..", "javafx.fxml..", "org.controlsfx..",
            "atlantafx..", "org.kordamp.."};

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOursOutsideDomain = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAPackage("org.huiwu..").and(not(resideInAPackage(DOMAIN))))
            .because("the domain is the innermost layer: records, enums and rules that every other layer builds on");

    @ArchTest
    static final ArchRule domainUsesNoFrameworks = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "com.itextpdf..",
                    "java.sql..", "org.h2..", "org.flywaydb..", "org.slf4j..")
            .because("domain rules must stay plain Java: testable without a toolkit, a database, PDFs or logging");

    @ArchTest
    static final ArchRule onlyStoreTouchesSqlJooqH2FlywayAndGeneratedTables = noClasses()
            .that().resideOutsideOfPackage(STORE) // includes STORE_GENERATED, so generated code is not checked
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE)
            .because("the archive is opened and queried in one place (store/), so it can move to PostgreSQL "
                    + "and be encrypted without touching the rest");

    @ArchTest
    static final ArchRule onlyStoreTouchesLucene = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("the search index is stored like the archive (encrypted, beside it); the rest of the app "
                    + "searches through service.search");

    @ArchTest
    static final ArchRule onlyPdfTouchesItext = noClasses()
            .that().resideOutsideOfPackage(PDF)
            .should().dependOnClassesThat().resideInAPackage("com.itextpdf..")
            .allowEmptyShould(true) // there is no pdf package yet; the rule guards it from the first line on
            .because("protocol layout, signing and verification with iText live in pdf/ only");

    @ArchTest
    static final ArchRule onlyUiAndAppTouchTheSceneGraph = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage(SCENE_GRAPH)
            .because("controls, FXML and icon packs belong to the window; services, store and CLI run headless");

    @ArchTest
    static final ArchRule viewModelsDoNotKnowNodesOrFxml = noClasses()
            .that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..")
            .because("a ViewModel holds javafx.beans properties only, so it is tested without a toolkit");

    @ArchTest
    static final ArchRule viewsReachServicesOnlyThroughTheirViewModel = noClasses()
            .that().resideInAPackage(UI).and().haveNameMatching(".*(View|Dialog)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, STORE)
            .because("a View is a thin FXML controller: it binds to its ViewModel, which calls the services");

    @ArchTest
    static final ArchRule servicesDoNotKnowStoreOrFrontEnds = noClasses()
            .that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, UI, APP, CLI)
            .because("services define the interfaces store implements and are called by the window and the "
                    + "command line alike");

    @ArchTest
    static final ArchRule storeDoesNotKnowFrontEnds = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, APP, CLI)
            .because("the store serves the window and the command line alike");

    /**
     * The top-level packages depend on each other without cycles, with no exception today.
     *
     * <p>The one place where a cycle could be expected is the composition root, and it is deliberately not one:
     * org.huiwu.Launcher sits in org.huiwu itself, which is no slice, and chooses between the window (app) and the
     * command line (cli). cli takes org.huiwu.app.AppContext because the command line and the window share one
     * composition root (the archive, services and settings are wired once); app never refers to cli. Should app ever
     * need cli, name that exception here with
     * {@code .ignoreDependency(resideInAPackage("org.huiwu.cli.."), equivalentTo(AppContext.class))} and say why.
     */
    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching("org.huiwu.(*)..")
            .namingSlices("$1")
            .should().beFreeOfCycles()
            .because("a cycle between layers means neither can be understood or changed alone");
}
