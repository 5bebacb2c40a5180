package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A staff member (работник), pseudonymous: category, employment, education, category, service,
 * age and further training — what order № 1324 counts. No names.
 *
 * @param id the caller's pseudonymous identifier
 * @param position job title («учитель математики», «заместитель директора по УВР»)
 * @param category teaching, administrative or other
 * @param employment main job or part-time
 * @param education highest professional education
 * @param pedagogicalProfile whether that education is of pedagogical profile (1.26, 1.28)
 * @param qualificationCategory qualification category
 * @param experience pedagogical service, if known
 * @param birthDate date of birth (for 1.31, 1.32)
 * @param hiredOn first day of work
 * @param leftOn last day of work, if they left
 * @param training further professional education completed
 * @since 0.1.0
 */
public record StaffMember(
    String id,
    String position,
    StaffCategory category,
    Employment employment,
    ProfessionalEducation education,
    boolean pedagogicalProfile,
    QualificationCategory qualificationCategory,
    Optional<Experience> experience,
    LocalDate birthDate,
    LocalDate hiredOn,
    Optional<LocalDate> leftOn,
    List<TrainingRecord> training) {

  /** Validates the staff member. */
  public StaffMember {
    id = Checks.text(id, "staff id");
    position = Checks.text(position, "position of staff member " + id);
    Checks.notNull(category, "category of staff member " + id);
    Checks.notNull(employment, "employment of staff member " + id);
    Checks.notNull(education, "education of staff member " + id);
    if (pedagogicalProfile && education == ProfessionalEducation.NONE) {
      throw new IllegalArgumentException(
          "staff member " + id + " has a pedagogical profile but no professional education");
    }
    Checks.notNull(qualificationCategory, "qualification category of staff member " + id);
    Checks.notNull(experience, "experience of staff member " + id);
    Checks.notNull(birthDate, "birth date of staff member " + id);
    Checks.notNull(hiredOn, "hiring date of staff member " + id);
    if (hiredOn.isBefore(birthDate.plusYears(14))) {
      throw new IllegalArgumentException("staff member " + id + " is hired (" + hiredOn
          + ") before the age of 14 (born " + birthDate + ")");
    }
    Checks.notNull(leftOn, "leaving date of staff member " + id);
    if (leftOn.isPresent()) {
      Checks.order(hiredOn, leftOn.get(), "hiring date of staff member " + id, "leaving date");
    }
    training = Checks.list(training, "training of staff member " + id);
  }

  /** Whether the person works at the organization on {@code date}. */
  public boolean isEmployedOn(LocalDate date) {
    return !date.isBefore(hiredOn) && (leftOn.isEmpty() || !date.isAfter(leftOn.get()));
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }

  /** A builder; category, employment, education and category default to teaching, main, higher, none. */
  public static Builder builder(String id, String position, LocalDate birthDate, LocalDate hiredOn) {
    return new Builder(id, position, birthDate, hiredOn);
  }

  /** Builds a {@link StaffMember}. */
  public static final class Builder {
    private final String id;
    private final String position;
    private final LocalDate birthDate;
    private final LocalDate hiredOn;
    private StaffCategory category = StaffCategory.TEACHING;
    private Employment employment = Employment.MAIN;
    private ProfessionalEducation education = ProfessionalEducation.HIGHER;
    private boolean pedagogicalProfile;
    private QualificationCategory qualificationCategory = QualificationCategory.NONE;
    private Optional<Experience> experience = Optional.empty();
    private Optional<LocalDate> leftOn = Optional.empty();
    private final List<TrainingRecord> training = new ArrayList<>();

    private Builder(String id, String position, LocalDate birthDate, LocalDate hiredOn) {
      this.id = id;
      this.position = position;
      this.birthDate = birthDate;
      this.hiredOn = hiredOn;
    }

    /** Sets the category. */
    public Builder category(StaffCategory value) {
      category = value;
      return this;
    }

    /** Sets the employment. */
    public Builder employment(Employment value) {
      employment = value;
      return this;
    }

    /** Sets the education and whether it is of pedagogical profile. */
    public Builder education(ProfessionalEducation value, boolean pedagogical) {
      education = value;
      pedagogicalProfile = pedagogical;
      return this;
    }

    /** Sets the qualification category. */
    public Builder qualificationCategory(QualificationCategory value) {
      qualificationCategory = value;
      return this;
    }

    /** Sets the pedagogical service. */
    public Builder experience(Experience value) {
      experience = Optional.of(value);
      return this;
    }

    /** Sets the leaving date. */
    public Builder leftOn(LocalDate value) {
      leftOn = Optional.of(value);
      return this;
    }

    /** Adds a training record. */
    public Builder training(TrainingRecord value) {
      training.add(value);
      return this;
    }

    /** Builds the staff member. */
    public StaffMember build() {
      return new StaffMember(id, position, category, employment, education, pedagogicalProfile,
          qualificationCategory, experience, birthDate, hiredOn, leftOn, training);
    }
  }
}
