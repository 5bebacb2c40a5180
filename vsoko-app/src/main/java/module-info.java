/**
 * The application layer (прикладной слой): every workflow of vsoko as a library call — the self-assessment
 * package, plan status and cyclogram, the ВПР study over many files, attestation, ГИА, functional literacy,
 * the management cycle, the effectiveness sheet, the regulation audit, the municipal comparison and the demo
 * school. Each takes a typed request with an explicit date and returns a typed outcome and a report.
 */
module io.github.vsoko.app {
  requires transitive io.github.vsoko.io;
  requires transitive io.github.vsoko.report;
  requires java.management;

  exports io.github.vsoko.app;
}
