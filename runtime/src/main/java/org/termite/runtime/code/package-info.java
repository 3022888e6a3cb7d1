/**
 * Compiled code that travels between nodes. A node that receives a closure, a continuation or a process whose
 * classes it lacks gets them from the node that sent it: this package computes what a request needs on the
 * sending side ({@link org.termite.runtime.code.CodeClosure}), checks every class file that arrives against what
 * compiled Scheme code may refer to ({@link org.termite.runtime.code.ClassCheck}), and keeps each module version
 * that arrived in a class loader and namespace of its own ({@link org.termite.runtime.code.ShippedModule}), found
 * by serialization through {@link org.termite.runtime.code.ShippedCode}.
 *
 * <p>May use: {@code value}, {@code exec} (procedures, globals, namespaces), {@code num}, {@code text},
 * {@code serial} (to encode definitions and to be asked for arrived classes), and ASM's class reader, which no other
 * runtime package uses. The node protocol ({@code dist}) uses this package;
 * this package never uses {@code dist}.
 */
package org.termite.runtime.code;
