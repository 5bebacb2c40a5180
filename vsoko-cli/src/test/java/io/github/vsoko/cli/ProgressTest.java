package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void theBarAndSilenceWithoutATerminal() {
    assertThat(Progress.bar(0, 40)).isEqualTo("[" + " ".repeat(30) + "] 0/40 файлов");
    assertThat(Progress.bar(20, 40)).isEqualTo("[" + "#".repeat(15) + " ".repeat(15) + "] 20/40 файлов");
    assertThat(Progress.bar(40, 40)).isEqualTo("[" + "#".repeat(30) + "] 40/40 файлов");
    StringWriter s = new StringWriter();
    Progress p = Progress.of(new PrintWriter(s), 40, false);
    // tests run without a terminal: nothing is drawn, so stderr stays clean for problem lines
    assertThat(p.enabled()).isEqualTo(System.console() != null);
    if (!p.enabled()) {
      p.step();
      p.finish();
      assertThat(s.toString()).isEmpty();
    }
    assertThat(Progress.of(new PrintWriter(s), 40, true).enabled()).isFalse();
  }
}
