package io.github.vsoko.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code --plugins DIR}: the jars in a directory (sorted by name) on a class loader that is the thread context
 * class loader while the command runs, so that every discovery — indicator sets, policies, report renderers —
 * finds the vendor's providers beside the built-ins.
 */
final class Plugins implements CommandLine.IExecutionStrategy {
  private final CommandLine.IExecutionStrategy next;

  Plugins(CommandLine.IExecutionStrategy next) {
    this.next = next;
  }

  @Override
  public int execute(CommandLine.ParseResult parseResult) {
    Path dir = null;
    CommandLine where = parseResult.commandSpec().commandLine();
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--plugins")) {
        dir = r.matchedOptionValue("--plugins", (Path) null);
        where = r.commandSpec().commandLine();
      }
    }
    if (dir == null) {
      return next.execute(parseResult);
    }
    List<URL> jars = jars(dir, where);
    if (jars.isEmpty()) {
      where.getErr().println("vsoko: --plugins: в каталоге " + dir + " нет jar-файлов; расширения не подключены");
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader("vsoko-plugins", jars.toArray(URL[]::new), VsokoCli.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      return next.execute(parseResult);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static List<URL> jars(Path dir, CommandLine where) {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(where, "--plugins: нет каталога " + dir);
    }
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new CommandLine.ParameterException(where, "--plugins: " + e.getMessage());
    } catch (IOException e) {
      throw new CommandLine.ParameterException(where, "--plugins: каталог " + dir + " не прочитан: " + e.getMessage());
    }
    return urls;
  }
}
