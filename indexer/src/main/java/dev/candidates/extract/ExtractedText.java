package dev.candidates.extract;

import java.util.List;

/**
 * The text of a résumé file after layout clean-up, the media type detected from its content, and what the user
 * should know about the extraction (pages without a text layer, a declared type that differed from the content…).
 */
public record ExtractedText(String text, String mediaType, List<String> warnings) {
  public ExtractedText {
    text = text == null ? "" : text;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
