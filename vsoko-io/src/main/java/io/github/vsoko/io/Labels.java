package io.github.vsoko.io;

import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.DestinationKind;
import io.github.vsoko.model.school.LiteracyDirection;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.TrainingKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Russian labels (and English names) of the model's choices, as school tables write them. */
final class Labels {
  static final Map<String, OrganizationKind> ORGANIZATION_KIND = labels(OrganizationKind.values(),
      "общеобразовательная", OrganizationKind.GENERAL, "школа", OrganizationKind.GENERAL,
      "дошкольная", OrganizationKind.PRESCHOOL, "детский сад", OrganizationKind.PRESCHOOL,
      "дополнительного образования", OrganizationKind.ADDITIONAL, "профессиональная", OrganizationKind.PROFESSIONAL,
      "иная", OrganizationKind.OTHER);
  static final Map<String, StaffCategory> STAFF_CATEGORY = labels(StaffCategory.values(),
      "педагогический", StaffCategory.TEACHING, "педагогический работник", StaffCategory.TEACHING,
      "административно-хозяйственный", StaffCategory.ADMINISTRATIVE, "административный", StaffCategory.ADMINISTRATIVE,
      "ахп", StaffCategory.ADMINISTRATIVE, "прочий", StaffCategory.OTHER, "учебно-вспомогательный", StaffCategory.OTHER,
      "обслуживающий", StaffCategory.OTHER);
  static final Map<String, Employment> EMPLOYMENT = labels(Employment.values(),
      "основное", Employment.MAIN, "основная", Employment.MAIN, "основное место работы", Employment.MAIN,
      "штатный", Employment.MAIN, "", Employment.MAIN, "внутренний совместитель", Employment.INTERNAL_PART_TIME,
      "внутреннее совместительство", Employment.INTERNAL_PART_TIME, "внешний совместитель", Employment.EXTERNAL_PART_TIME,
      "внешнее совместительство", Employment.EXTERNAL_PART_TIME, "совместитель", Employment.EXTERNAL_PART_TIME);
  static final Map<String, ProfessionalEducation> EDUCATION = labels(ProfessionalEducation.values(),
      "высшее", ProfessionalEducation.HIGHER, "среднее профессиональное", ProfessionalEducation.SECONDARY_VOCATIONAL,
      "спо", ProfessionalEducation.SECONDARY_VOCATIONAL, "нет", ProfessionalEducation.NONE, "", ProfessionalEducation.NONE,
      "среднее общее", ProfessionalEducation.NONE);
  static final Map<String, QualificationCategory> CATEGORY = labels(QualificationCategory.values(),
      "высшая", QualificationCategory.HIGHEST, "первая", QualificationCategory.FIRST, "нет", QualificationCategory.NONE,
      "", QualificationCategory.NONE, "без категории", QualificationCategory.NONE,
      "соответствие занимаемой должности", QualificationCategory.NONE, "сзд", QualificationCategory.NONE);
  static final Map<String, TrainingKind> TRAINING = labels(TrainingKind.values(),
      "пк", TrainingKind.PROFESSIONAL_DEVELOPMENT, "повышение квалификации", TrainingKind.PROFESSIONAL_DEVELOPMENT,
      "переподготовка", TrainingKind.RETRAINING, "профессиональная переподготовка", TrainingKind.RETRAINING,
      "пп", TrainingKind.RETRAINING);
  static final Map<String, StateExam> STATE_EXAM = labels(StateExam.values(),
      "гиа-9", StateExam.GIA_9, "гиа 9", StateExam.GIA_9, "9", StateExam.GIA_9,
      "гиа-11", StateExam.GIA_11, "гиа 11", StateExam.GIA_11, "11", StateExam.GIA_11);
  static final Map<String, ExamForm> EXAM_FORM = labels(ExamForm.values(),
      "огэ", ExamForm.OGE, "гвэ", ExamForm.GVE, "егэ", ExamForm.EGE);
  static final Map<String, ExamLevel> EXAM_LEVEL = labels(ExamLevel.values(),
      "базовый", ExamLevel.BASE, "база", ExamLevel.BASE, "профильный", ExamLevel.PROFILE, "профиль", ExamLevel.PROFILE);
  static final Map<String, ExamPeriod> EXAM_PERIOD = labels(ExamPeriod.values(),
      "досрочный", ExamPeriod.EARLY, "основной", ExamPeriod.MAIN, "", ExamPeriod.MAIN, "резервный", ExamPeriod.RESERVE,
      "резервные сроки", ExamPeriod.RESERVE, "дополнительный", ExamPeriod.ADDITIONAL, "сентябрьский", ExamPeriod.ADDITIONAL);
  static final Map<String, EducationLevel> GRADUATION_LEVEL = labels(new EducationLevel[0],
      "ооо", EducationLevel.BASIC, "9", EducationLevel.BASIC, "основное общее", EducationLevel.BASIC,
      "basic", EducationLevel.BASIC, "соо", EducationLevel.SECONDARY, "11", EducationLevel.SECONDARY,
      "среднее общее", EducationLevel.SECONDARY, "secondary", EducationLevel.SECONDARY);
  static final Map<String, EducationLevel> LEVEL = labels(EducationLevel.values(),
      "ноо", EducationLevel.PRIMARY, "ооо", EducationLevel.BASIC, "соо", EducationLevel.SECONDARY);
  static final Map<String, CertificateStatus> CERTIFICATE = labels(CertificateStatus.values(),
      "выдан", CertificateStatus.ISSUED, "с отличием", CertificateStatus.ISSUED_WITH_HONOURS,
      "выдан с отличием", CertificateStatus.ISSUED_WITH_HONOURS, "не выдан", CertificateStatus.NOT_ISSUED,
      "справка", CertificateStatus.NOT_ISSUED);
  static final Map<String, ContestLevel> CONTEST_LEVEL = labels(ContestLevel.values(),
      "школьный", ContestLevel.SCHOOL, "муниципальный", ContestLevel.MUNICIPAL, "региональный", ContestLevel.REGIONAL,
      "межрегиональный", ContestLevel.INTERREGIONAL, "федеральный", ContestLevel.FEDERAL, "всероссийский", ContestLevel.FEDERAL,
      "заключительный", ContestLevel.FEDERAL, "международный", ContestLevel.INTERNATIONAL);
  static final Map<String, ContestStatus> CONTEST_STATUS = labels(ContestStatus.values(),
      "участник", ContestStatus.PARTICIPANT, "призёр", ContestStatus.PRIZE_WINNER, "призер", ContestStatus.PRIZE_WINNER,
      "победитель", ContestStatus.WINNER);
  static final Map<String, io.github.vsoko.model.school.YearOutcome> YEAR_OUTCOME = labels(
      io.github.vsoko.model.school.YearOutcome.values(),
      "переведён", io.github.vsoko.model.school.YearOutcome.PROMOTED, "переведен", io.github.vsoko.model.school.YearOutcome.PROMOTED,
      "условно переведён", io.github.vsoko.model.school.YearOutcome.CONDITIONALLY_PROMOTED,
      "условно переведен", io.github.vsoko.model.school.YearOutcome.CONDITIONALLY_PROMOTED,
      "оставлен на повторное обучение", io.github.vsoko.model.school.YearOutcome.REPEATING,
      "выпущен", io.github.vsoko.model.school.YearOutcome.GRADUATED,
      "переведён в другой класс", io.github.vsoko.model.school.YearOutcome.MOVED,
      "переведен в другой класс", io.github.vsoko.model.school.YearOutcome.MOVED,
      "выбыл", io.github.vsoko.model.school.YearOutcome.LEFT);
  static final Map<String, DestinationKind> DESTINATION = labels(DestinationKind.values(),
      "10 класс", DestinationKind.GRADE_10, "спо", DestinationKind.VOCATIONAL, "колледж", DestinationKind.VOCATIONAL,
      "вуз", DestinationKind.UNIVERSITY, "работа", DestinationKind.EMPLOYMENT, "трудоустройство", DestinationKind.EMPLOYMENT,
      "армия", DestinationKind.ARMY, "служба в армии", DestinationKind.ARMY, "другое", DestinationKind.OTHER);
  static final Map<String, LiteracyDirection> LITERACY_DIRECTION = labels(LiteracyDirection.values(),
      "читательская", LiteracyDirection.READING, "читательская грамотность", LiteracyDirection.READING,
      "математическая", LiteracyDirection.MATHEMATICAL, "математическая грамотность", LiteracyDirection.MATHEMATICAL,
      "естественно-научная", LiteracyDirection.SCIENTIFIC, "естественнонаучная", LiteracyDirection.SCIENTIFIC,
      "естественно-научная грамотность", LiteracyDirection.SCIENTIFIC, "естественнонаучная грамотность", LiteracyDirection.SCIENTIFIC,
      "финансовая", LiteracyDirection.FINANCIAL, "финансовая грамотность", LiteracyDirection.FINANCIAL,
      "глобальные компетенции", LiteracyDirection.GLOBAL_COMPETENCE, "креативное мышление", LiteracyDirection.CREATIVE_THINKING);
  static final Map<String, LiteracyLevel> LITERACY_LEVEL = labels(LiteracyLevel.values(),
      "недостаточный", LiteracyLevel.INSUFFICIENT, "низкий", LiteracyLevel.LOW, "средний", LiteracyLevel.MEDIUM,
      "повышенный", LiteracyLevel.ELEVATED, "высокий", LiteracyLevel.HIGH);

  static final Map<String, io.github.vsoko.model.school.RespondentGroup> RESPONDENT_GROUP = labels(
      io.github.vsoko.model.school.RespondentGroup.values(),
      "обучающиеся", io.github.vsoko.model.school.RespondentGroup.STUDENTS,
      "учащиеся", io.github.vsoko.model.school.RespondentGroup.STUDENTS,
      "родители", io.github.vsoko.model.school.RespondentGroup.PARENTS,
      "родители (законные представители)", io.github.vsoko.model.school.RespondentGroup.PARENTS,
      "педагоги", io.github.vsoko.model.school.RespondentGroup.TEACHERS,
      "педагогические работники", io.github.vsoko.model.school.RespondentGroup.TEACHERS);

  static final Map<String, io.github.vsoko.model.school.AnswerRating> ANSWER_RATING = labels(
      io.github.vsoko.model.school.AnswerRating.values(),
      "положительный", io.github.vsoko.model.school.AnswerRating.POSITIVE,
      "отрицательный", io.github.vsoko.model.school.AnswerRating.NEGATIVE,
      "затрудняюсь ответить", io.github.vsoko.model.school.AnswerRating.UNDECIDED,
      "не оценочный", io.github.vsoko.model.school.AnswerRating.UNRATED);

  private Labels() {}

  private static <E extends Enum<E>> Map<String, E> labels(E[] english, Object... pairs) {
    Map<String, E> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      E value = (E) pairs[i + 1];
      m.put((String) pairs[i], value);
    }
    for (E e : english) {
      m.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
    }
    return Map.copyOf(m);
  }

  /** The labels a table shows for a choice, for the template's drop-down lists. */
  static String[] russian(Map<String, ?> labels) {
    return labels.keySet().stream().filter(k -> !k.isEmpty() && !k.matches("[a-z_0-9]+")).sorted().toArray(String[]::new);
  }
}
