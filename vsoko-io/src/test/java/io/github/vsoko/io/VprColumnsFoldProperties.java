package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass {@code fold} of header and cell texts equals its definition by regular expressions. */
class VprColumnsFoldProperties {
  private static String reference(String s) {
    return s.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("АаЁёЕеXxХх0123456789 \t\n\u00A0-–—/«»().,:").withCharRange('a', 'z')
        .withCharRange('А', 'я').ofMaxLength(30);
  }

  @Property(tries = 1000)
  void foldEqualsItsDefinition(@ForAll("cells") String cell) {
    assertThat(VprColumns.fold(cell)).isEqualTo(reference(cell));
  }
}
