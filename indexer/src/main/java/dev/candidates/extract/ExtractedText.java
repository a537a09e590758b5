package dev.candidates.extract;

import java.util.List;

/**
 * The text of a résumé file after layout clean-up, the media type detected from its content, what the user should
 * know about the extraction (pages without a text layer, a declared type that differed from the content…), and the
 * short lines the file set apart by font size or weight (a PDF's headings, read by the parser with its lexicon).
 */
public record ExtractedText(String text, String mediaType, List<String> warnings, List<StyledLine> styledLines) {
  /** A short line set in a style other than the body's: larger ({@code scale} times the body's height) or bold. */
  public record StyledLine(String text, String style, float scale) {}

  public ExtractedText {
    text = text == null ? "" : text;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    styledLines = styledLines == null ? List.of() : List.copyOf(styledLines);
  }

  public ExtractedText(String text, String mediaType, List<String> warnings) {
    this(text, mediaType, warnings, List.of());
  }
}
