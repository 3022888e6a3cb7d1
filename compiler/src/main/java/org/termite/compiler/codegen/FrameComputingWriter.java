package org.termite.compiler.codegen;

import org.objectweb.asm.ClassWriter;

/**
 * A ClassWriter that computes stack map frames without loading classes. Generated code only stores values of
 * type Object in locals and casts before every type-specific use, so any two reference types may merge to
 * Object.
 */
final class FrameComputingWriter extends ClassWriter {
    FrameComputingWriter() {
        super(COMPUTE_FRAMES);
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
        return type1.equals(type2) ? type1 : "java/lang/Object";
    }
}
