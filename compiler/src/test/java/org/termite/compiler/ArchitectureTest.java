package org.termite.compiler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiler's packages and which of the others each may use, as docs/ARCHITECTURE.md and each
 * package-info.java say. The root package (Compiler, Pipeline, Session) may use them all; CompileError, in the
 * root package, may be used by every package.
 */
class ArchitectureTest {
    private static final String BASE = "org.termite.compiler";

    /** Each package and the compiler packages it may use. Lower layers first. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("ir", Set.of());
        MAY_USE.put("passes", Set.of("ir"));
        MAY_USE.put("codegen", Set.of("ir"));
        MAY_USE.put("expand", Set.of("ir"));
        MAY_USE.put("library", Set.of("ir", "expand", "codegen"));
        MAY_USE.put("testing", Set.of("ir", "library"));
        MAY_USE.put("cli", Set.of("ir", "codegen", "library", "testing"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void everyPackageUsesOnlyThoseItMay() {
        for (Map.Entry<String, Set<String>> e : MAY_USE.entrySet()) {
            List<String> forbidden = new ArrayList<>();
            for (String other : MAY_USE.keySet()) {
                if (!other.equals(e.getKey()) && !e.getValue().contains(other)) {
                    forbidden.add(BASE + "." + other + "..");
                }
            }
            noClasses().that().resideInAPackage(BASE + "." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because(BASE + "." + e.getKey() + " may use only " + e.getValue())
                    .check(classes);
        }
    }

    @Test
    void onlyTheCommandLineAndTheTestRunnerUseTheRootPackage() {
        // The root package (Compiler, Pipeline, Session) is the top of the compiler: what it uses may not use it,
        // or the packages would form a cycle through it that the slice rule below cannot see.
        noClasses().that().resideInAnyPackage(BASE + ".ir..", BASE + ".passes..", BASE + ".codegen..",
                        BASE + ".expand..", BASE + ".library..")
                .should().dependOnClassesThat().resideInAPackage(BASE)
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        // The expander reaches the libraries only through its own LibraryForms, which they implement.
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void asmStaysInTheCodeGenerator() {
        noClasses().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackage(BASE + ".codegen..")
                .and().doNotHaveSimpleName("JarWriter")
                .should().dependOnClassesThat().resideInAPackage("org.objectweb.asm..")
                .because("ASM stays inside the code generator (JarWriter only finds its jar to bundle it)")
                .check(classes);
    }
}
