/**
 * The execution engine generated code runs on: procedures and their calling convention, heap frames, the capture
 * of the stack into frames ({@link org.termite.runtime.exec.Capture}), the trampoline base that resumes them
 * ({@link org.termite.runtime.exec.Run}, {@link org.termite.runtime.exec.Trampoline}), the threads whose deep
 * stack lets calls go far before the stack moves to the heap ({@link org.termite.runtime.exec.SchemeThread}),
 * continuations and the
 * dynamic state (handlers, {@code dynamic-wind}, parameters), globals and namespaces, errors, the table of
 * primitives, and the safe point where a process yields.
 *
 * <p>May use: {@code value}. What the engine needs from the layers above reaches it through hooks those layers
 * install: the process a context belongs to ({@link org.termite.runtime.exec.Owner}), the compiler behind
 * {@code eval} ({@link org.termite.runtime.exec.Eval}), the primitives start-up collected
 * ({@link org.termite.runtime.exec.PrimitiveTable}), the flush of the console before a fatal exit.
 */
package org.termite.runtime.exec;
