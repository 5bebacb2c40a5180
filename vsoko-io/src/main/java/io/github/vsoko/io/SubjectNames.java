package io.github.vsoko.io;

import io.github.vsoko.model.school.SchoolSubject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Subject names as files write them (названия предметов): the catalogue's names and aliases, the dative after «по» or
 * alone («Русскому языку», «по математике») and ФИС ОКО's two-letter abbreviations («РУ», «МА»), all to one subject;
 * for a name not recognised, the closest catalogue names to suggest.
 */
final class SubjectNames {
  private SubjectNames() {}

  /** The catalogued subject the text names, if any. */
  static Optional<SchoolSubject> find(String text) {
    String t = text.strip();
    return SchoolSubject.known(t).or(() -> VprFileNames.dative(t)).or(() -> VprFileNames.abbreviation(t));
  }

  /** « (похожие: «…», «…»)» — up to three catalogue names close to the text, or nothing when none is close. */
  static String candidates(String text) {
    String t = VprColumns.fold(text);
    List<String> close = SchoolSubject.catalogue().stream().map(SchoolSubject::name)
        .filter(n -> distance(VprColumns.fold(n), t) <= Math.max(2, n.length() / 3))
        .sorted(Comparator.comparingInt((String n) -> distance(VprColumns.fold(n), t)).thenComparing(n -> n))
        .limit(3).toList();
    return close.isEmpty() ? "" : " (похожие: «" + String.join("», «", close) + "»)";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
