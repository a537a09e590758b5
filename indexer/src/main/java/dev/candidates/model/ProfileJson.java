package dev.candidates.model;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for profiles: strict on input (unknown fields and wrong types are errors). */
public final class ProfileJson {
  private ProfileJson() {}

  public static ObjectMapper mapper() {
    ObjectMapper m = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(20_000_000).maxNestingDepth(64).build());
    return m;
  }
}
