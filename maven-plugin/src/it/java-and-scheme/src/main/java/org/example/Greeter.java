package org.example;

/** Java code that Scheme calls. */
public final class Greeter {
    private Greeter() {}

    public static String greet(String name) {
        return "Hello, " + name + "!";
    }
}
