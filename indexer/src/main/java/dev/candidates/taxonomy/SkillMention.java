package dev.candidates.taxonomy;

/** A concept found in text at [start, end) of that text. */
public record SkillMention(String conceptId, int start, int end) {}
