package org.termite.runtime.code;

import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.serial.MissingCode;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.Symbol;

/**
 * The receiving side of a request for code: checks every class file of an answer before anything of it is kept
 * (one bad class refuses the whole answer), files the classes under their module versions, makes the cells of the
 * definitions that came with them, and then fills those cells by decoding their values, so a value that refers to
 * a procedure of the same answer finds its class and its class finds its cells.
 */
public final class Arrivals {
    private Arrivals() {}

    /**
     * Takes in an answer from the node {@code origin}; returns warnings about definitions that could not be copied.
     * Throws {@link CodeRefused} (and keeps nothing) when a class fails its check.
     */
    public static List<String> install(CodeBundle bundle, String origin) throws CodeRefused {
        for (CodeBundle.ClassFile c : bundle.classes()) {
            try {
                ClassCheck.check(c.bytes(), c.className(), c.codeHash(), c.moduleHash());
            } catch (CodeRefused e) {
                throw new CodeRefused("the class " + c.className() + " from the node at " + origin + " was refused: "
                        + e.getMessage());
            }
        }
        for (CodeBundle.ClassFile c : bundle.classes()) {
            ShippedCode.module(ShippedCode.moduleOf(c.className()), c.moduleHash(), origin).add(c.className(), c.bytes());
        }
        List<Global> cells = new ArrayList<>();
        List<CodeBundle.Definition> fresh = new ArrayList<>();
        for (CodeBundle.Definition d : bundle.definitions()) {
            boolean[] made = new boolean[1];
            Global cell = ShippedCode.module(d.module(), d.moduleHash(), origin).declare(Symbol.of(d.name()), made);
            if (made[0]) {
                cells.add(cell);
                fresh.add(d);
            }
        }
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            CodeBundle.Definition d = fresh.get(i);
            switch (d.kind()) {
                case VALUE -> {
                    try {
                        cells.get(i).value = ObjectCodec.decodeOrMissing(d.value());
                    } catch (MissingCode e) {
                        warnings.add("the definition of " + d.name() + " from the node at " + origin
                                + " names code that did not come with it: " + e.procedure());
                    } catch (SchemeError e) {
                        warnings.add("the definition of " + d.name() + " from the node at " + origin
                                + " could not be read: " + e.getMessage());
                    }
                }
                case UNAVAILABLE -> warnings.add("the definition of " + d.name() + " could not come from the node at "
                        + origin + ": " + d.why());
                case UNBOUND -> {
                    // unbound there too: using it raises "unbound variable" here as it would there
                }
            }
        }
        return warnings;
    }
}
