package org.termite.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.value.Box;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;

class PortsTest {
    @Test
    void stdout_isBufferedUntilFlushed() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Ports.flushAll();
            bytes.reset();
            PortPrims.display(MString.of("héllo"));
            PortPrims.newline();
            assertEquals("", bytes.toString(StandardCharsets.UTF_8));
            PortPrims.flushOutputPort();
            assertEquals("héllo\n", bytes.toString(StandardCharsets.UTF_8));
            PortPrims.writeString(MString.of("bye"));
            Ports.flushAll();
            assertEquals("héllo\nbye", bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void stderr_isFlushedAfterEachWrite() {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, false, StandardCharsets.UTF_8));
        try {
            PortPrims.write(MString.of("e"), PortPrims.currentErrorPort());
            assertEquals("\"e\"", bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void currentOutput_followsParameterBinding() {
        Context ctx = Context.current();
        DynamicState saved = ctx.dyn;
        Object port = PortPrims.openOutputString();
        Object binding = new Pair(new Pair(Ports.CURRENT_OUTPUT, new Box(port)), saved.parameters());
        ctx.dyn = saved.withParameters(binding);
        try {
            assertSame(port, PortPrims.currentOutputPort());
            PortPrims.display(7L);
            PortPrims.writeChar(org.termite.runtime.value.SChar.of('!'));
        } finally {
            ctx.dyn = saved;
        }
        assertEquals("7!", PortPrims.getOutputString(port).toString());
        assertSame(Ports.STDOUT, PortPrims.currentOutputPort());
    }

    @Test
    void installParameters_bindsTheParameterObjects() {
        Ports.installParameters();
        assertSame(Ports.CURRENT_OUTPUT, Globals.lookup("current-output-port"));
        assertSame(Ports.CURRENT_INPUT, Globals.lookup("current-input-port"));
        assertSame(Ports.CURRENT_ERROR, Globals.lookup("current-error-port"));
        assertSame(Ports.STDIN, PortPrims.currentInputPort());
        assertEquals("#<output-port stdout>", Ports.STDOUT.toString());
    }
}
