package dev.candidates.index;

import dev.candidates.index.HitCard.ConceptFacts;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteArrayDataInput;

/**
 * A card's concepts as its bytes: {@link #get} and {@link #containsKey} scan them without building anything (a hit
 * is asked about the query's few concepts, and decoding its forty into a map was most of what reading a page of cards
 * cost); the first iteration decodes them all once, in the profile's order. Read-only, like the card.
 */
final class CardConcepts extends AbstractMap<String, ConceptFacts> {
  private final byte[] bytes;
  private final int size;
  private Map<String, ConceptFacts> decoded;

  /** {@code bytes}: exactly the {@code size} entries as {@link HitCard} encodes them. */
  CardConcepts(byte[] bytes, int size) {
    this.bytes = bytes;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    if (decoded != null) {
      return decoded.containsKey(key);
    }
    return key instanceof String id && positionAfter(id) != null;
  }

  @Override
  public ConceptFacts get(Object key) {
    if (decoded != null) {
      return decoded.get(key);
    }
    ByteArrayDataInput at = key instanceof String id ? positionAfter(id) : null;
    return at == null ? null : HitCard.facts(at);
  }

  /** The input just past {@code id}'s entry key, or null when the card does not have it. */
  private ByteArrayDataInput positionAfter(String id) {
    byte[] want = id.getBytes(StandardCharsets.UTF_8);
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    for (int i = 0; i < size; i++) {
      int n = in.readVInt() - 1;
      int at = in.getPosition();
      if (n >= 0) {
        in.skipBytes(n);
      }
      if (n == want.length && Arrays.equals(bytes, at, at + n, want, 0, n)) {
        return in;
      }
      in.readByte();
      in.readVLong();
    }
    return null;
  }

  @Override
  public Set<Entry<String, ConceptFacts>> entrySet() {
    if (decoded == null) {
      Map<String, ConceptFacts> all = new LinkedHashMap<>(size * 2);
      ByteArrayDataInput in = new ByteArrayDataInput(bytes);
      for (int i = 0; i < size; i++) {
        int n = in.readVInt() - 1;
        String id = n < 0 ? null : new String(bytes, in.getPosition(), n, StandardCharsets.UTF_8);
        in.skipBytes(Math.max(0, n));
        all.put(id, HitCard.facts(in));
      }
      decoded = Collections.unmodifiableMap(all);
    }
    return decoded.entrySet();
  }
}
