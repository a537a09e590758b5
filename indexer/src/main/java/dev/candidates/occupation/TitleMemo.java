package dev.candidates.occupation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo of what a title names. Titles repeat across a corpus ("Senior Backend Engineer" thousands of
 * times), and each reading runs a regex per role family or level over the title: recomputed per title, it was 8 %
 * of a build's samples. Thread-safe; when full it starts over rather than grow, and it never keeps a long title.
 */
final class TitleMemo<V> {
  /** Titles are short; anything longer is read each time rather than kept. */
  static final int MAX_TITLE = 120;
  private static final Object NONE = new Object();

  private final int capacity;
  private final Function<String, V> read;
  private final ConcurrentHashMap<String, Object> memo = new ConcurrentHashMap<>();

  TitleMemo(int capacity, Function<String, V> read) {
    this.capacity = capacity;
    this.read = read;
  }

  @SuppressWarnings("unchecked")
  V get(String title) {
    if (title.length() > MAX_TITLE) {
      return read.apply(title);
    }
    Object v = memo.get(title);
    if (v == null) {
      V computed = read.apply(title);
      if (memo.size() >= capacity) {
        memo.clear();
      }
      memo.put(title, computed == null ? NONE : computed);
      return computed;
    }
    return v == NONE ? null : (V) v;
  }
}
