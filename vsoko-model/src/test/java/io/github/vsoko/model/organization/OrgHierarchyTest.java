package io.github.vsoko.model.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgHierarchyTest {
  private final Organization a = Organization.of("a", "МБОУ СОШ № 9", "МБОУ СОШ № 9", OrganizationKind.GENERAL);
  private final Organization b = Organization.of("b", "МБОУ ООШ № 8", "МБОУ ООШ № 8", OrganizationKind.GENERAL);

  @Test
  void listsOrganizationsUnderEachUnit() {
    OrgHierarchy h = OrgHierarchy.of(List.of(
        OrgUnit.organization(b, "m2"), OrgUnit.region("r", "Кемеровская область – Кузбасс"),
        OrgUnit.municipality("m1", "Гурьевский МО", "r"), OrgUnit.municipality("m2", "г. Енисейск", "r"),
        OrgUnit.organization(a, "m1")));
    assertThat(h.organizationsUnder("r")).containsExactly("a", "b");
    assertThat(h.organizationsUnder("m1")).containsExactly("a");
    assertThat(h.path("a")).extracting(OrgUnit::id).containsExactly("r", "m1", "a");
  }

  @Test
  void rejectsBrokenHierarchies() {
    assertThatThrownBy(() -> OrgHierarchy.of(List.of(OrgUnit.organization(a, "nowhere"))))
        .hasMessageContaining("names the parent «nowhere», which is not in the hierarchy");
    assertThatThrownBy(() -> OrgHierarchy.of(List.of(OrgUnit.region("r", "R"), OrgUnit.organization(a, "r"))))
        .hasMessageContaining("cannot sit under «r» (REGION)");
    assertThatThrownBy(() -> OrgHierarchy.of(List.of(OrgUnit.region("r", "R"), OrgUnit.region("r", "R2"))))
        .hasMessageContaining("'r' more than once");
  }
}
