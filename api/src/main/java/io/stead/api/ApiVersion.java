package io.stead.api;

/**
 * The version of this API. A plugin built against API {@code M.x} works with any API
 * {@code M.y}, {@code y >= x}: within a major version, types and methods are only added.
 * The registry reads the API version a plugin was compiled against from its module descriptor
 * (the {@code requires io.stead.api} compiled version) or, for a plain jar, from the manifest
 * attribute {@code Stead-Api-Version}, and refuses a plugin of another major version.
 */
public final class ApiVersion {
    /** The major version: changes only when something is removed or changes meaning. */
    public static final int MAJOR = 0;
    /** The minor version: changes when something is added. */
    public static final int MINOR = 1;

    private ApiVersion() {
    }

    /** @return {@code MAJOR.MINOR} of the API in use at run time */
    public static String current() {
        return MAJOR + "." + MINOR;
    }

    /**
     * Whether a plugin compiled against {@code compiledAgainst} can run with this API.
     *
     * @param compiledAgainst a version such as {@code 0.1} or {@code 0.1.0}
     * @return true if the major versions agree and the minor is not newer than this one
     */
    public static boolean isCompatible(String compiledAgainst) {
        String[] parts = compiledAgainst.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major == MAJOR && minor <= MINOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
