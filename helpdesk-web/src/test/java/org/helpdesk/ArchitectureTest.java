package org.helpdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, checked on the compiled classes of every module this WAR is made of (helpdesk-ejb,
 * cti-adapter, jtapi-ri and this module are all on its test class path): no two packages depend on each other, even
 * through others, and only the telephony modules see JTAPI.
 */
class ArchitectureTest {

    private static final JavaClasses HELPDESK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.helpdesk");

    /** Each package is a slice of its own: {@code interfaces.rest} and {@code interfaces.security} are two. */
    @Test
    void packagesDoNotDependOnEachOtherInACircle() {
        slices().matching("org.helpdesk.(**)").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(HELPDESK);
    }

    @Test
    void onlyTheTelephonyModulesSeeJtapi() {
        DescribedPredicate<JavaClass> telephonyModules = comeFromModule("cti-adapter").or(comeFromModule("jtapi-ri"));
        noClasses().that(DescribedPredicate.describe("are outside cti-adapter and jtapi-ri",
                        javaClass -> !telephonyModules.test(javaClass)))
                .should().dependOnClassesThat().resideInAPackage("javax.telephony..")
                .check(HELPDESK);
    }

    /** The rules above see every module, or they would pass by seeing nothing. */
    @Test
    void theClassesOfEveryModuleAreChecked() {
        for (String module : new String[] {"helpdesk-ejb", "helpdesk-web", "cti-adapter", "jtapi-ri"}) {
            if (HELPDESK.stream().noneMatch(comeFromModule(module))) {
                throw new AssertionError("no class of " + module + " was imported");
            }
        }
    }

    /**
     * Where a class was loaded from names its module: {@code .../cti-adapter/target/classes/...} in the reactor,
     * {@code .../cti-adapter-0.1.0-SNAPSHOT.jar} from a local repository.
     */
    private static DescribedPredicate<JavaClass> comeFromModule(String module) {
        return DescribedPredicate.describe("come from the module " + module, javaClass -> javaClass.getSource()
                .map(source -> source.getUri().toString())
                .filter(location -> location.contains("/" + module + "/") || location.contains("/" + module + "-"))
                .isPresent());
    }
}
