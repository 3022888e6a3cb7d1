/**
 * Start-up: the list of classes that define primitives ({@link org.termite.runtime.boot.Primitives}), booting the
 * standard library and binding the globals ({@link org.termite.runtime.boot.Boot}), running a program as the main
 * process and reporting how it ended ({@link org.termite.runtime.boot.ProgramRunner}), the command line of a
 * compiled program, and the entry point of an executable jar.
 *
 * <p>May use: every other runtime package; none uses this one.
 */
package org.termite.runtime.boot;
