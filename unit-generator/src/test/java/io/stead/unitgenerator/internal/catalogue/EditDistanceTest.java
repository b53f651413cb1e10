package io.stead.unitgenerator.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.between("After", "After"));
        assertEquals(1, EditDistance.between("EnvironmentFile", "EnvironmentFiles"));
        assertEquals(1, EditDistance.between("WantedBy", "WanteBy"));
        assertEquals(2, EditDistance.between("Restart", "Rsetart"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(5, EditDistance.between("", "Nicer"));
    }

    @Test
    void ignoresCase() {
        assertEquals(0, EditDistance.between("ExecStart", "execstart"));
    }
}
