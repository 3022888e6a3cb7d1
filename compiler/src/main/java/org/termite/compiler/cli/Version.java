package org.termite.compiler.cli;

import picocli.CommandLine;

/** The version shown by --version: the build's project version. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Termite " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Java " + System.getProperty("java.version") + ")"};
    }
}
