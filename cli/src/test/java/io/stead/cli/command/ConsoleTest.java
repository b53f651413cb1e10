package io.stead.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void resultsAreUtf8WhateverThePlatformEncoding() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = Console.over(out, err, StandardCharsets.US_ASCII);
        console.out().print("\"é😀\"\n");
        console.err().print("error: é\n");
        console.flush();
        assertEquals("\"é😀\"\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("error: ?\n", err.toString(StandardCharsets.US_ASCII));
    }
}
