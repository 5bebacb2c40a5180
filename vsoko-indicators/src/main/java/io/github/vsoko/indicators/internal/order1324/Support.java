package io.github.vsoko.indicators.internal.order1324;

import io.github.vsoko.indicators.CalculationContext;
import io.github.vsoko.indicators.order1324.InternalPartTime;
import io.github.vsoko.indicators.order1324.Order1324Policies;
import io.github.vsoko.indicators.order1324.StaffScope;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Selections shared by the order № 1324 calculators. */
final class Support {
  private Support() {}

  /** Students on the roll on the as-of date (1.1). */
  static List<Student> students(CalculationContext ctx) {
    return ctx.data().studentsOn(ctx.asOfDate());
  }

  /**
   * Staff on the as-of date within the staff-scope and internal-part-time policies. One record is one person, so
   * nobody counts twice.
   */
  static List<StaffMember> staffInScope(CalculationContext ctx) {
    StaffScope scope = ctx.policy(Order1324Policies.STAFF_SCOPE);
    InternalPartTime internal = ctx.policy(Order1324Policies.INTERNAL_PART_TIME);
    return ctx.data().staffOn(ctx.asOfDate()).stream()
        .filter(s -> switch (s.employment()) {
          case MAIN -> true;
          case INTERNAL_PART_TIME -> internal == InternalPartTime.COUNT;
          case EXTERNAL_PART_TIME -> scope == StaffScope.INCLUDE_EXTERNAL;
        })
        .toList();
  }

  /** Which reading of part-timers a staff value used, for its explanation: « (внутренние совместители учтены: 2)». */
  static String partTimeReading(CalculationContext ctx, List<StaffMember> counted) {
    StringBuilder text = new StringBuilder(" (внутренние совместители ");
    if (ctx.policy(Order1324Policies.INTERNAL_PART_TIME) == InternalPartTime.COUNT) {
      text.append("учтены: ").append(counted.stream().filter(s -> s.employment() == Employment.INTERNAL_PART_TIME).count());
    } else {
      text.append("не учтены");
    }
    text.append(ctx.policy(Order1324Policies.STAFF_SCOPE) == StaffScope.INCLUDE_EXTERNAL ? ", внешние учтены: "
        + counted.stream().filter(s -> s.employment() == Employment.EXTERNAL_PART_TIME).count() : ", внешние не учтены");
    return text.append(')').toString();
  }

  /** Pedagogical workers (1.24). */
  static List<StaffMember> teaching(CalculationContext ctx) {
    return staffInScope(ctx).stream().filter(s -> s.category() == StaffCategory.TEACHING).toList();
  }

  /** Pedagogical and administrative workers (base of 1.33, 1.34). */
  static List<StaffMember> teachingAndAdministrative(CalculationContext ctx) {
    return staffInScope(ctx).stream()
        .filter(s -> s.category() == StaffCategory.TEACHING || s.category() == StaffCategory.ADMINISTRATIVE)
        .toList();
  }

  /** The calendar year of the period's end: the year of the ГИА campaign and of the graduation. */
  static int reportingYear(CalculationContext ctx) {
    return ctx.period().end().getYear();
  }

  /** The academic year whose results the period reports: the last one that ended inside it. */
  static AcademicYear attestedYear(ReportingPeriod period) {
    AcademicYear year = AcademicYear.of(period.end());
    if (year.end().isAfter(period.end())) {
      year = year.previous();
    }
    return year.end().isBefore(period.start()) ? AcademicYear.of(period.start()) : year;
  }

  static <T> List<String> ids(Collection<T> values, Function<T, String> id) {
    return values.stream().map(id).sorted().distinct().toList();
  }

  static <T> Set<String> idSet(Collection<T> values, Function<T, String> id) {
    return Set.copyOf(values.stream().map(id).toList());
  }
}
