/**
 * Running Termite inside a Java application: {@link org.termite.embed.Termite} (start the runtime, compile and
 * load programs, call procedures inside processes, spawn, send, receive through a {@link
 * org.termite.embed.JavaMailbox}, shut down), and the JSR-223 script engine {@code termite}
 * ({@link org.termite.embed.TermiteScriptEngineFactory}).
 */
package org.termite.embed;
