package dev.candidates.intake;

import dev.candidates.extract.ExtractedText.StyledLine;
import dev.candidates.parse.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headings of a file, from the styles its lines are set in: the style of the lines the lexicon knows as section
 * headers ("Experience" in 13 pt bold) is the heading style, and every other line in it is a heading too ("Where I
 * Have Worked", "Volunteering"). A bold company name in the body's size has another style and stays content. With no
 * known header there is no style to learn, and no heading is guessed.
 */
final class HeadingStyles {
  private HeadingStyles() {}

  static Set<String> headings(List<StyledLine> lines) {
    Set<String> styles = new HashSet<>();
    for (StyledLine l : lines) {
      if (Section.isHeaderLine(l.text())) {
        styles.add(l.style());
      }
    }
    Set<String> out = new HashSet<>();
    for (StyledLine l : lines) {
      if (styles.contains(l.style())) {
        out.add(l.text());
      }
    }
    return out;
  }
}
