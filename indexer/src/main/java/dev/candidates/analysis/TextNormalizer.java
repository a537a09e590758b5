package dev.candidates.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Character-for-character normalization shared by analysis, skill matching and parsing: full-width ASCII to
 * half-width ({@code Ｇｏ，１０年} → {@code Go,10年}) and Traditional to Simplified Chinese ({@code 系統} → {@code 系统}).
 * Each char maps to exactly one char, so offsets into the normalized text are offsets into the original: highlights
 * and skill mentions can point back at what the candidate wrote. Case is kept (skill matching needs it).
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Built once from ICU's "Traditional-Simplified" transform, restricted to its one-char-to-one-char mappings. */
  private static final class Table {
    static final char[] MAP = build();

    private static char[] build() {
      char[] map = new char[0x10000];
      for (int c = 0; c < map.length; c++) {
        map[c] = (char) c;
      }
      for (int c = 0xFF01; c <= 0xFF5E; c++) {
        map[c] = (char) (c - 0xFEE0);
      }
      map[0x3000] = ' ';
      map[0x00A0] = ' ';
      Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
      for (int c = 0x3400; c <= 0x9FFF; c++) {
        mapHan(map, t2s, c);
      }
      for (int c = 0xF900; c <= 0xFAFF; c++) {
        mapHan(map, t2s, c);
      }
      return map;
    }

    private static void mapHan(char[] map, Transliterator t2s, int c) {
      String s = t2s.transliterate(String.valueOf((char) c));
      if (s.length() == 1 && s.charAt(0) != c) {
        map[c] = s.charAt(0);
      }
    }
  }

  public static char fold(char c) {
    return Table.MAP[c];
  }

  /** Same length as the input; see the class comment. */
  public static String normalize(CharSequence text) {
    char[] out = new char[text.length()];
    char[] map = Table.MAP;
    for (int i = 0; i < out.length; i++) {
      out[i] = map[text.charAt(i)];
    }
    return new String(out);
  }

  /** {@link #normalize} in place, for {@code a[from, to)}. */
  public static void normalize(char[] a, int from, int to) {
    char[] map = Table.MAP;
    for (int i = from; i < to; i++) {
      a[i] = map[a[i]];
    }
  }

  /** Forces the table to load (it takes a moment) so the first request does not pay for it. */
  public static void warmUp() {
    fold('a');
  }

  public static boolean isHan(int c) {
    if (c >= 0 && c < 0x10000) {
      return (HanTable.BITS[c >>> 6] & (1L << c)) != 0; // UnicodeScript.of is a binary search: too slow per char
    }
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The BMP chars whose script is Han, precomputed from {@link Character.UnicodeScript#of}. */
  private static final class HanTable {
    static final long[] BITS = build();

    private static long[] build() {
      long[] bits = new long[0x10000 >>> 6];
      for (int c = 0; c < 0x10000; c++) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          bits[c >>> 6] |= 1L << c;
        }
      }
      return bits;
    }
  }
}
