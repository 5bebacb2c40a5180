package io.github.vsoko.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;

/** Collapsing white space: the fast path for text already collapsed gives what the general rule gives. */
class TextProperties {
  private static final CharMatcher SPACES = CharMatcher.whitespace().or(CharMatcher.is('\u00A0'));

  @Property(tries = 2000)
  void collapsingEqualsTheGeneralRule(@ForAll @Chars({'a', 'Б', ' ', '\t', '\n', '\u00A0', '\u2003', '1'}) String text) {
    String collapsed = Text.collapseWhitespace(text);
    assertThat(collapsed).isEqualTo(SPACES.trimAndCollapseFrom(text, ' '));
    assertThat(Text.collapseWhitespace(collapsed)).isSameAs(collapsed);
  }
}
