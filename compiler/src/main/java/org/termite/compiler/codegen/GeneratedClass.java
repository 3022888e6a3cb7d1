package org.termite.compiler.codegen;

/** A generated class: its internal name ({@code scm/mod/f_L1C1}) and bytes. */
public record GeneratedClass(String internalName, byte[] bytes) {
    public String binaryName() {
        return internalName.replace('/', '.');
    }
}
