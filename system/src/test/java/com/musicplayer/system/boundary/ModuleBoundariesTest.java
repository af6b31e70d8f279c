package com.musicplayer.system.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module map of DESIGN §1 as a build failure: every top-level package under {@code
 * com.musicplayer} is a module (the domain modules {@code catalog} and {@code library}, the
 * services, {@code platform}, {@code system}); a module may use another only through its API (the
 * types marked {@code @NamedInterface("api")} and its base package), and modules form no cycle.
 * {@code platform} is open: everyone uses all of it.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES =
            ApplicationModules.of("com.musicplayer", new ImportOption.DoNotIncludeTests());

    @Test
    void modulesUseEachOtherOnlyThroughTheirApis() {
        System.out.println(MODULES.stream()
                .map(module -> module.getIdentifier() + " -> "
                        + module.getDirectDependencies(MODULES)
                                .uniqueModules()
                                .map(dependency -> dependency.getIdentifier().toString())
                                .sorted()
                                .collect(Collectors.joining(", ")))
                .sorted()
                .collect(Collectors.joining("\n", "Module map:\n", "")));
        MODULES.verify();
    }

    @Test
    void theDomainModulesAreModulesAndTheLibraryBuildsOnTheCatalog() {
        assertThat(MODULES.getModuleByName("catalog")).isPresent();
        assertThat(MODULES.getModuleByName("library")).isPresent();
        ApplicationModule library = MODULES.getModuleByName("library").orElseThrow();
        ApplicationModule catalog = MODULES.getModuleByName("catalog").orElseThrow();
        assertThat(library.getDirectDependencies(MODULES).contains(catalog)).isTrue();
        // the catalog knows nothing of the services that use it, nor of the library
        assertThat(catalog.getDirectDependencies(MODULES)
                        .uniqueModules()
                        .map(module -> module.getIdentifier().toString()))
                .containsOnly("platform");
    }
}
