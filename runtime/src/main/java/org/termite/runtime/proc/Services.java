package org.termite.runtime.proc;

import java.util.concurrent.ConcurrentHashMap;

/** The node's name registry: publish-service, resolve-service, unpublish-service. */
final class Services {
    private static final ConcurrentHashMap<Object, Pid> BY_NAME = new ConcurrentHashMap<>();

    private Services() {}

    static void publish(Object name, Pid pid) {
        BY_NAME.put(name, pid);
    }

    static void unpublish(Object name) {
        BY_NAME.remove(name);
    }

    static Pid resolve(Object name) {
        return BY_NAME.get(name);
    }

    /** A process that ends leaves the registry. */
    static void forget(Pid pid) {
        BY_NAME.values().removeIf(pid::equals);
    }
}
