package io.stead.unitgenerator.internal.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void anInstanceHasATemplate() {
        assertEquals(Optional.of("getty@.service"), UnitNames.template("getty@tty1.service"));
        assertEquals(Optional.of("a@.socket"), UnitNames.template("a@b.c.socket"));
        assertEquals(Optional.empty(), UnitNames.template("getty@.service"));
        assertEquals(Optional.empty(), UnitNames.template("sshd.service"));
    }

    @Test
    void aNameHasAPrefixAndPerhapsAnInstance() {
        assertEquals("getty", UnitNames.prefix("getty@tty1.service"));
        assertEquals("tty1", UnitNames.instance("getty@tty1.service"));
        assertEquals("b.c", UnitNames.instance("a@b.c.socket"), "the suffix is what follows the last '.'");
        assertEquals("b@c", UnitNames.instance("a@b@c.service"), "the prefix ends at the first '@'");
        assertEquals("getty", UnitNames.prefix("getty@.service"));
        assertEquals("", UnitNames.instance("getty@.service"));
        assertEquals("var-lib-my\\x2ddata", UnitNames.prefix("var-lib-my\\x2ddata.mount"));
        assertEquals("", UnitNames.instance("sshd.service"));
    }

    @Test
    void recognisesUnitFileNames() {
        assertTrue(UnitNames.isUnit("var-lib-my\\x2ddata.mount"));
        assertTrue(UnitNames.isUnit("getty@.service"));
        assertFalse(UnitNames.isUnit("10-limits.conf"));
        assertFalse(UnitNames.isUnit("multi-user.target.wants"));
        assertTrue(UnitNames.isUnit("a@b@c.service"), "an instance may hold another '@'");
        assertFalse(UnitNames.isUnit("a%i.service"), "a specifier is not part of a unit's own name");
        assertFalse(UnitNames.isUnit("@a.service"));
        assertTrue(UnitNames.isUnit("a".repeat(247) + ".service"));
        assertFalse(UnitNames.isUnit("a".repeat(248) + ".service"), "systemd's names are shorter than 256");
    }
}
