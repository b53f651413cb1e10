package io.stead.plugins.nixdaemon;

import io.stead.testkit.GoldenCaseTests;

/**
 * Each golden case under src/test/golden builds exactly its tree, and its units and drop-ins
 * pass systemd-analyze verify with no warning against the real Debian units they customise.
 */
class GoldenCasesTest extends GoldenCaseTests {
}
