package io.github.vsoko.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints, with control characters and terminal escape sequences from data (ESC, CSI, BEL, NUL…)
 * replaced by «�»: a file name or a cell quoted in a message can neither recolour nor rewrite the user's terminal.
 * Line breaks and tabs pass.
 */
final class TerminalSafeWriter extends FilterWriter {
  TerminalSafeWriter(Writer out) {
    super(out);
  }

  static char safe(char c) {
    boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F || c >= 0x80 && c <= 0x9F;
    return control ? '\uFFFD' : c;
  }

  @Override
  public void write(int c) throws IOException {
    super.write(safe((char) c));
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    char[] copy = new char[len];
    for (int i = 0; i < len; i++) {
      copy[i] = safe(cbuf[off + i]);
    }
    super.write(copy, 0, len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    write(str.toCharArray(), off, len);
  }
}
