package io.stead.unitgenerator.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnvironmentAssignmentTest {

    @Test
    void quotesTheWholeAssignmentAsAJsonString() {
        assertEquals("\"LANG=C.UTF-8\"", EnvironmentAssignment.quoted("LANG", "C.UTF-8"));
        assertEquals("\"OPTS=-a -b\"", EnvironmentAssignment.quoted("OPTS", "-a -b"));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"X=say \\\"hi\\\"\"", EnvironmentAssignment.quoted("X", "say \"hi\""));
        assertEquals("\"X=a\\\\b\"", EnvironmentAssignment.quoted("X", "a\\b"));
        assertEquals("\"X=one\\ntwo\\tthree\"", EnvironmentAssignment.quoted("X", "one\ntwo\tthree"));
        assertEquals("\"X=\\u0001\"", EnvironmentAssignment.quoted("X", "\u0001"));
    }

    @Test
    void doublesPercentSignsSoSystemdDoesNotExpandThemAsSpecifiers() {
        assertEquals("\"X=100%%n sure\"", EnvironmentAssignment.quoted("X", "100%n sure"));
    }
}
