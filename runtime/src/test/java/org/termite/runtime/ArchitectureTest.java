package org.termite.runtime;

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
 * The runtime's packages and which of the others each may use: the picture of docs/ARCHITECTURE.md, enforced on
 * the compiled classes. A package may use the ones listed for it; the list is what its package-info.java says.
 */
class ArchitectureTest {
    private static final String BASE = "org.termite.runtime";

    /** Each package and the runtime packages it may use (besides the JDK). Lower layers first. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("value", Set.of());
        MAY_USE.put("exec", Set.of("value"));
        MAY_USE.put("num", Set.of("value", "exec"));
        MAY_USE.put("text", Set.of("value", "exec", "num"));
        MAY_USE.put("prims", Set.of("value", "exec", "num", "text"));
        MAY_USE.put("io", Set.of("value", "exec", "num", "text", "prims"));
        MAY_USE.put("serial", Set.of("value", "exec", "num", "text", "prims", "io"));
        MAY_USE.put("proc", Set.of("value", "exec", "num", "text", "prims", "io", "serial"));
        MAY_USE.put("java", Set.of("value", "exec", "num", "text", "prims", "proc"));
        MAY_USE.put("code", Set.of("value", "exec", "num", "text", "serial"));
        MAY_USE.put("dist", Set.of("value", "exec", "num", "text", "prims", "io", "serial", "proc", "code"));
        MAY_USE.put("observe", Set.of("value", "exec", "text", "proc", "dist"));
        MAY_USE.put("boot", Set.of("value", "exec", "num", "text", "prims", "io", "serial", "proc", "java", "code",
                "dist", "observe"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void everyPackageUsesOnlyThoseBelowIt() {
        for (Map.Entry<String, Set<String>> e : MAY_USE.entrySet()) {
            List<String> forbidden = new ArrayList<>();
            for (String other : MAY_USE.keySet()) {
                if (!other.equals(e.getKey()) && !e.getValue().contains(other)) {
                    forbidden.add(BASE + "." + other + "..");
                }
            }
            if (forbidden.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage(BASE + "." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because(BASE + "." + e.getKey() + " may use only " + e.getValue())
                    .check(classes);
        }
    }

    @Test
    void everyClassIsInAKnownPackage() {
        noClasses().should().resideInAPackage(BASE)
                .because("the runtime's classes live in its named packages, none in the root")
                .check(classes);
        noClasses().should().resideOutsideOfPackages(
                MAY_USE.keySet().stream().map(p -> BASE + "." + p + "..").toArray(String[]::new))
                .because("a new package is added to the rules with what it may use")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRuntimeNeverUsesTheCompiler() {
        noClasses().that().resideInAPackage(BASE + "..")
                .should().dependOnClassesThat().resideInAPackage("org.termite.compiler..")
                .check(classes);
    }

    @Test
    void onlyTheCheckOfShippedCodeReadsClassFiles() {
        noClasses().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackage(BASE + ".code..")
                .should().dependOnClassesThat().resideInAPackage("org.objectweb.asm..")
                .because("ASM stays inside the code generator and the check of shipped classes")
                .check(classes);
    }
}
