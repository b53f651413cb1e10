/**
 * Stead's plugin API: everything a service module needs to declare options and contribute
 * definitions. It depends on the JDK alone, so a third party can compile a plugin against it
 * and nothing else.
 */
module io.stead.api {
    exports io.stead.api;
    exports io.stead.api.tree;
}
