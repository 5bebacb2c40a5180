/**
 * Audit of a school's ВСОКО documents (экспертиза положения о ВСОКО, seeds 000 and 003): which required components a
 * regulation has, each with the passage that proves it, and which are missing — for one school or a municipality's
 * many. The components are data (YAML {@code vsoko-audit/1}).
 */
package io.github.vsoko.analytics.audit;
