package org.termite.runtime.value;

/**
 * A value that names something outside itself (a process, a unique tag, a node) and travels between nodes as a
 * copy: two copies naming the same thing are {@code eqv?} (and so {@code equal?}, and the same key of an eqv
 * table), as two pids of one process are equal in Erlang. Such a class defines equals and hashCode by what it
 * names.
 */
public interface EqvByValue {}
