package io.github.vsoko.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VsokoCli.class.getPackage().getImplementationVersion();
    return new String[] {"vsoko " + (version == null ? "(development build)" : version)};
  }
}
