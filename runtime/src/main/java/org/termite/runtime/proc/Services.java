package org.termite.runtime.proc;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The node's name registry: publish-service, resolve-service, unpublish-service. Names are compared as equal?
 * compares them (a list built again finds the service), through their written form.
 */
final class Services {
    private static final ConcurrentHashMap<String, Pid> BY_NAME = new ConcurrentHashMap<>();

    private Services() {}

    private static String key(Object name) {
        return org.termite.runtime.text.Printer.toWriteString(name);
    }

    static void publish(Object name, Pid pid) {
        BY_NAME.put(key(name), pid);
    }

    static void unpublish(Object name) {
        BY_NAME.remove(key(name));
    }

    static Pid resolve(Object name) {
        return BY_NAME.get(key(name));
    }

    /** A process that ends leaves the registry. */
    static void forget(Pid pid) {
        // an iterator, not removeIf(pid::equals): every program's first process ends here, and a method
        // reference would cost a class spun at run time
        for (java.util.Iterator<Pid> it = BY_NAME.values().iterator(); it.hasNext();) {
            if (it.next().equals(pid)) {
                it.remove();
            }
        }
    }
}
