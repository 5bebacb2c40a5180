/**
 * Audit of a school's ВСОКО documents (экспертиза положения о ВСОКО, the Yeniseisk decision and the Guryevsk road map): which required components a
 * regulation has, each with the passage that proves it, and which are missing — for one school or a municipality's
 * many. The components are data (YAML {@code vsoko-audit/1}).
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.audit;
