package dev.candidates.solrpeer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets one class use an API the forbidden-apis check bans, with the reason written beside it (Lucene's idiom). The
 * check matches it by simple name, configured in this module's pom.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@interface SuppressForbidden {
  String reason();
}
