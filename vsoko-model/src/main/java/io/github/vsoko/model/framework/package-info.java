/**
 * The ВСОКО framework: quality areas, assessment objects, criteria and indicators, roles and
 * responsible parties, procedures, document formats, participants (субъекты), instruments,
 * resources and products.
 */
package io.github.vsoko.model.framework;
