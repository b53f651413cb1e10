package io.stead.unitgenerator.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.testkit.systemd.Processes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SystemdPathEscapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/var/lib/my-data", "/mnt/scratch space/", "//srv//data", "/home/.hidden",
            "/data/ünïcode", "/a:b_c.d", "/back\\slash", "/x/.y"})
    void escapesAsSystemdEscapeDoes(String path) {
        Processes.Result expected = Processes.run("systemd-escape", "--path", path);
        assertEquals(0, expected.exitCode(), expected.output());
        assertEquals(expected.output().strip(), SystemdPathEscape.escape(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/path", "/a/../b", "/a/./b"})
    void refusesWhatIsNotAnAbsoluteNormalizedPath(String path) {
        assertThrows(IllegalArgumentException.class, () -> SystemdPathEscape.escape(path));
    }
}
