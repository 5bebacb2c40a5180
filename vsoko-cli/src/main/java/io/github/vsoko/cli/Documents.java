package io.github.vsoko.cli;

import io.github.vsoko.app.DocumentFiles;
import io.github.vsoko.app.TableContext;
import io.github.vsoko.io.PlanImportResult;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoPlan;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Plans and road maps read by the application layer, with the problems of a table printed. */
final class Documents {
  private Documents() {}

  static VsokoPlan plan(Path file, TableContext table, CommandSpec spec) throws IOException {
    PlanImportResult<VsokoPlan> r = DocumentFiles.plan(file, table);
    Console.problems(spec, r.problems());
    return r.value();
  }

  static RoadMap roadMap(Path file, TableContext table, CommandSpec spec) throws IOException {
    PlanImportResult<RoadMap> r = DocumentFiles.roadMap(file, table);
    Console.problems(spec, r.problems());
    return r.value();
  }
}
