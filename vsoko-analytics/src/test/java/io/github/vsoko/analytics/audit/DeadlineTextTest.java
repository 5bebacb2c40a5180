package io.github.vsoko.analytics.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The text a regular expression reads under a time limit: the clock is looked at every 1 024 characters read. */
class DeadlineTextTest {
  @Test
  void pastItsDeadlineTheTextStopsBeingReadAtTheNextLook() {
    DeadlineText late = DeadlineText.of("а".repeat(2000), -1_000_000_000L);
    for (int i = 0; i < 1023; i++) {
      assertThat(late.charAt(i)).isEqualTo('а');
    }
    assertThatThrownBy(() -> late.charAt(1023)).isInstanceOf(DeadlineText.RegexTimeoutException.class);
    DeadlineText inTime = DeadlineText.of("абв", 60_000_000_000L);
    for (int i = 0; i < 3000; i++) {
      assertThat(inTime.charAt(i % 3)).isIn('а', 'б', 'в');
    }
    assertThat(inTime.length()).isEqualTo(3);
    assertThat(inTime.subSequence(1, 3).toString()).isEqualTo("бв");
    assertThat(inTime.subSequence(1, 3).charAt(0)).isEqualTo('б');
  }
}
