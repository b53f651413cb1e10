/**
 * picocli, as its own jar declares it (module info.picocli), compiled from its released
 * sources for Java 17 so that class-data sharing can archive it.
 */
module info.picocli {
    requires static java.sql;

    exports picocli;
}
