package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in sets hold exactly the rows of the reference lists, in order, with their codes, units and titles. */
class CatalogTest {
  static Path reference(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/reference/order1324").resolve(name + ".tsv");
      if (Files.exists(candidate)) {
        return candidate;
      }
      Path sibling = dir.resolveSibling("shared/reference/order1324").resolve(name + ".tsv");
      if (Files.exists(sibling)) {
        return sibling;
      }
    }
    throw new AssertionError("shared/reference/order1324/" + name + ".tsv not found above " + Path.of("").toAbsolutePath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"general", "preschool", "additional"})
  void setMatchesTheReferenceListRowForRow(String name) throws IOException {
    List<String> expected = Files.readAllLines(reference(name), StandardCharsets.UTF_8).stream().skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> {
          String[] c = l.split("\t", -1);
          return c[0] + "\t" + c[1] + "\t" + c[2];
        })
        .toList();
    List<String> actual = IndicatorRegistry.discover().requireSet("order1324." + name).definitions().stream()
        .map(d -> d.code() + "\t" + d.unit().label() + "\t" + d.title())
        .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"general", "preschool", "additional"})
  void childrenAndParentsFollowTheCodes(String name) {
    var set = IndicatorRegistry.discover().requireSet("order1324." + name);
    assertThat(set.definitions()).filteredOn(d -> d.code().contains("."))
        .allSatisfy(d -> assertThat(d.parentCode()).isPresent());
    if (name.equals("general")) {
      assertThat(set.children("1.19")).extracting(IndicatorDefinition::code).containsExactly("1.19.1", "1.19.2", "1.19.3");
    }
  }
}
