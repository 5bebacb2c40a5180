package io.github.vsoko.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sheet names are at most 31 characters (Excel's limit) and still read as captions. */
class XlsxSheetNameTest {
  @Test
  void longCaptionsAreCutAtWordsWithoutDanglingWords() {
    assertThat(XlsxRenderer.shortName("Результаты по организациям и работам (с признаками необъективности — первыми)"))
        .isEqualTo("Результаты по организациям");
    assertThat(XlsxRenderer.shortName("Классы: Окружающий мир, 4 кл.")).isEqualTo("Классы: Окружающий мир, 4 кл.");
    assertThat(XlsxRenderer.shortName("Показатели деятельности, подлежащей самообследованию"))
        .isEqualTo("Показатели деятельности");
    assertThat(XlsxRenderer.shortName("Оченьдлинноеслововкоторомнетпробеловсовсем")).hasSizeGreaterThan(31); // left to the safe-name cut
  }
}
