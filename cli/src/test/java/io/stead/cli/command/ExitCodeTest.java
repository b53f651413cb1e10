package io.stead.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void theContractsCodesAreFixed() {
        assertEquals(0, ExitCode.OK.code());
        assertEquals(1, ExitCode.EVALUATION_ERROR.code());
        assertEquals(2, ExitCode.USAGE.code());
    }

    @Test
    void noTwoMeaningsShareACode() {
        assertEquals(ExitCode.values().length,
                Arrays.stream(ExitCode.values()).mapToInt(ExitCode::code).distinct().count());
    }
}
