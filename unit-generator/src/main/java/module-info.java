import io.stead.unitgenerator.internal.modules.BootModule;
import io.stead.unitgenerator.internal.modules.EnvironmentEtcModule;
import io.stead.unitgenerator.internal.modules.NetworkingModule;
import io.stead.unitgenerator.internal.modules.PackagesModule;
import io.stead.unitgenerator.internal.modules.SystemRootModule;
import io.stead.unitgenerator.internal.modules.SystemdModule;
import io.stead.unitgenerator.internal.modules.UsersGroupsModule;

/**
 * The unit generator: base system modules (systemd.*, environment.etc, users, networking, boot,
 * system.root, the package set) and the builder that turns an evaluated configuration into a
 * system tree, with the writer that puts a tree on disk. Only the facade package is exported.
 */
module io.stead.unitgenerator {
    requires transitive io.stead.api;
    requires com.fasterxml.jackson.databind;

    exports io.stead.unitgenerator;

    provides io.stead.api.ServiceModule with
            BootModule,
            EnvironmentEtcModule,
            NetworkingModule,
            PackagesModule,
            SystemRootModule,
            SystemdModule,
            UsersGroupsModule;
}
