package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * A product of the ВСОКО (продукт): отчёт о самообследовании, публичный доклад, КИМы, статистические
 * данные, портфолио…
 *
 * @param name the product
 * @since 0.1.0
 */
public record Product(String name) {
  /** Validates the product. */
  public Product {
    name = Checks.text(name, "product");
  }
}
