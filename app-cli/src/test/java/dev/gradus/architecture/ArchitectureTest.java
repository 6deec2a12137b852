package dev.gradus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the house that Maven scopes cannot enforce. Every rule fails when the
 * classes it speaks of are missing (ArchUnit's fail-on-empty default), so a renamed package cannot
 * make a rule pass by checking nothing.
 */
class ArchitectureTest {
    private static final JavaClasses GRADUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gradus");

    @Test
    void theApiDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("dev.gradus.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.gradus.api..", "java..")
                .check(GRADUS);
    }

    @Test
    void builtInsSeeOnlyTheApiAsAPluginDoes() {
        classes().that().resideInAnyPackage("dev.gradus.impl..", "dev.gradus.objectives..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.gradus.api..", "dev.gradus.impl..", "dev.gradus.objectives..", "java..")
                .check(GRADUS.that(notInFormulaPackage()));
    }

    @Test
    void formulasSeeOnlyTheApiAndTheBytecodeLibraryTheyCompileTo() {
        // a library of its own is a built-in's business, as a plugin's is: ASM writes the formulas' JVM code
        classes().that().resideInAPackage("dev.gradus.objectives.formula..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.gradus.api..", "dev.gradus.objectives..", "java..", "org.objectweb.asm..")
                .check(GRADUS);
    }

    private static DescribedPredicate<JavaClass> notInFormulaPackage() {
        return DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("dev.gradus.objectives.formula.."));
    }

    @Test
    void theCoreKnowsNoAdapterAndNoBuiltIn() {
        noClasses().that().resideInAPackage("dev.gradus.app..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gradus.cli..", "dev.gradus.gui..", "dev.gradus.impl..",
                        "dev.gradus.objectives..", "picocli..", "javax.swing..", "java.awt..")
                .check(GRADUS);
    }

    @Test
    void portsKnowNeitherServicesNorWiring() {
        noClasses().that().resideInAnyPackage("dev.gradus.app.port..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gradus.app.service..", "dev.gradus.app.plugin..",
                        "dev.gradus.app.wiring..", "com.google.inject..")
                .check(GRADUS);
    }

    @Test
    void theCommandLineTalksToUseCasesOnly() {
        noClasses().that().resideInAPackage("dev.gradus.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gradus.impl..", "dev.gradus.objectives..", "dev.gradus.gui..",
                        "dev.gradus.app.service..", "dev.gradus.app.wiring..", "com.google.inject..")
                .check(GRADUS);
    }

    @Test
    void theDesktopAppTalksToUseCasesOnly() {
        noClasses().that().resideInAPackage("dev.gradus.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gradus.impl..", "dev.gradus.objectives..", "dev.gradus.cli..",
                        "dev.gradus.app.service..", "dev.gradus.app.wiring..", "com.google.inject..")
                .check(GRADUS);
    }
}
