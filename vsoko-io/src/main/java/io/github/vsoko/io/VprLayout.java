package io.github.vsoko.io;

/**
 * The layouts of ВПР participant results seen in ФИС ОКО downloads and regional exports.
 *
 * @since 0.1.0
 */
public enum VprLayout {
  /** 2020 internal dump: {@code groups, user, id, code, otc, gender, klass, var-1, var-2, sum, a-1-grade…}. */
  DUMP_2020("выгрузка 2020 (code, otc, klass, var-1, sum, a-N-grade)"),
  /** 2021 regional form: {@code логин школы, …, код обучающегося, отметка за предыдущую четверть/триместр, …, балл за N}. */
  REGIONAL_2021("региональная форма 2021 (код обучающегося, всего баллов, балл за N)"),
  /** «Форма сбора результатов», sheet «Протокол»: {@code Пользователь, …, Код, Вариант, N (Kб), …, Итого баллов}. */
  PROTOCOL("протокол формы сбора результатов (Код, Вариант, N (Kб), Итого баллов)"),
  /** ОО-level «Индивидуальные результаты»: {@code ОО, …, Код участника, Класс, Вариант, N (Kб), Первичный балл, Отметка, Отметка по журналу}. */
  INDIVIDUAL_RESULTS("индивидуальные результаты ОО (Код участника, Первичный балл, Отметка по журналу)");

  private final String description;

  VprLayout(String description) {
    this.description = description;
  }

  /** The layout in Russian, with its telltale columns. */
  public String description() {
    return description;
  }
}
