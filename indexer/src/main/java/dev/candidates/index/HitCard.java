package dev.candidates.index;

import dev.candidates.evidence.Evidence;
import dev.candidates.parse.ProfileEnricher.Facts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows of a profile, and what its explanation reads: kept as one binary doc value
 * ({@link FieldRegistry#CARD}), so a page of hits is a few random reads of uncompressed bytes instead of decompressing
 * stored-field blocks and parsing each whole profile's JSON (they were 60 % of a bare search's samples).
 *
 * @param occupation "SRE · senior", as the hit's {@code rankedAs}
 * @param role the role family's id, or null when no title names one
 * @param concepts every concept the profile mentions, in the profile's order, with where it shows it (its evidence
 *     is null when an index of another version wrote one this version does not know) and, for the concepts of its
 *     skills, the years {@code Profile.skillYears} gives them
 */
public record HitCard(String id, String name, String headline, String location, Double totalYears,
    String occupation, String role, String level, Map<String, ConceptFacts> concepts) {

  /** Where the profile shows a concept, and its years when it is one of the profile's skills (else null). */
  public record ConceptFacts(Evidence evidence, Double skillYears) {}

  /** Bumped when the layout changes; a card of another format reads as absent fields, never as wrong ones. */
  private static final byte FORMAT = 1;
  private static final Evidence[] EVIDENCE = Evidence.values();
  private static final HitCard NONE = new HitCard(null, null, null, null, null, null, null, null, null);

  public HitCard {
    concepts = concepts == null ? Map.of()
        : concepts instanceof CardConcepts ? concepts // read-only already, and decoded only when iterated
        : Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
  }

  static HitCard of(Facts f) {
    var p = f.profile();
    Map<String, ConceptFacts> concepts = new LinkedHashMap<>();
    for (String id : f.concepts()) {
      Double years = f.skillConcepts().contains(id) ? f.yearsByConcept().getOrDefault(id, 0.0) : null;
      concepts.put(id, new ConceptFacts(f.evidence(id), years));
    }
    return new HitCard(p.id(), p.name(), p.headline(), p.location(), p.totalYears(), f.occupation().words(),
        f.occupation().family() == null ? null : f.occupation().family().id(), f.occupation().level().id(),
        concepts);
  }

  /** The years the profile's skills list gives the concept; 0 when it is not one of its skills. */
  public double yearsWith(String conceptId) {
    ConceptFacts c = concepts.get(conceptId);
    return c == null || c.skillYears() == null ? 0 : c.skillYears();
  }

  /** The card's bytes, as {@link FieldRegistry#CARD} holds them. */
  public BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(FORMAT);
      for (String s : new String[] {id, name, headline, location, occupation, role, level}) {
        writeOptional(out, s);
      }
      out.writeVLong(years(totalYears));
      out.writeVInt(concepts.size());
      for (var e : concepts.entrySet()) {
        writeOptional(out, e.getKey());
        Evidence where = e.getValue().evidence();
        out.writeByte((byte) (where == null ? -1 : where.ordinal()));
        out.writeVLong(years(e.getValue().skillYears()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory output cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static HitCard decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    if (bytes.length == 0 || in.readByte() != FORMAT) {
      return NONE;
    }
    String[] s = new String[7];
    for (int i = 0; i < s.length; i++) {
      s[i] = readOptional(in, bytes);
    }
    Double total = years(in.readVLong());
    int n = in.readVInt();
    // A page of hits asks each card about the query's few concepts, not its forty: they stay bytes until asked.
    int start = in.getPosition();
    byte[] rest = Arrays.copyOfRange(bytes.bytes, start, bytes.offset + bytes.length);
    Map<String, ConceptFacts> concepts = n == 0 ? Map.of() : new CardConcepts(rest, n);
    return new HitCard(s[0], s[1], s[2], s[3], total, s[4], s[5], s[6], concepts);
  }

  /**
   * The profile id a card starts with, copied, without decoding the rest; null for an empty card or one of another
   * format. Equal to the {@link FieldRegistry#ID} value, so ids compare alike read either way, and reading it here
   * is a slice of uncompressed bytes where the sorted id's {@code lookupOrd} decompresses a terms block.
   */
  public static BytesRef id(BytesRef card) {
    if (card.length == 0 || card.bytes[card.offset] != FORMAT) {
      return null;
    }
    ByteArrayDataInput in = new ByteArrayDataInput(card.bytes, card.offset + 1, card.length - 1);
    int n = in.readVInt();
    return n == 0 ? null : new BytesRef(Arrays.copyOfRange(card.bytes, in.getPosition(), in.getPosition() + n - 1));
  }

  /** The cards of these documents (top-level doc ids), in the same order; an absent card reads as an empty one. */
  public static HitCard[] read(IndexReader reader, int[] docs) throws IOException {
    HitCard[] out = new HitCard[docs.length];
    Integer[] order = new Integer[docs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b])); // doc values iterate forward only
    List<LeafReaderContext> leaves = reader.leaves();
    BinaryDocValues values = null;
    int leafIndex = -1;
    for (int i : order) {
      int leaf = ReaderUtil.subIndex(docs[i], leaves);
      LeafReaderContext ctx = leaves.get(leaf);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        values = ctx.reader().getBinaryDocValues(FieldRegistry.CARD.name());
      }
      out[i] = values != null && values.advanceExact(docs[i] - ctx.docBase) ? decode(values.binaryValue()) : NONE;
    }
    return out;
  }

  /** Years in tenths, plus one (0: none); the enricher rounds years to tenths, so nothing is lost. */
  private static long years(Double years) {
    return years == null ? 0 : Math.max(0, Math.round(years * 10)) + 1;
  }

  private static Double years(long stored) {
    return stored == 0 ? null : (stored - 1) / 10.0;
  }

  private static void writeOptional(ByteBuffersDataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeVInt(0);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeVInt(b.length + 1);
    out.writeBytes(b, b.length);
  }

  /** One concept's entry as written by {@link #encode}, read from {@code in}. */
  static ConceptFacts facts(ByteArrayDataInput in) {
    int ordinal = in.readByte();
    Evidence where = ordinal >= 0 && ordinal < EVIDENCE.length ? EVIDENCE[ordinal] : null;
    return new ConceptFacts(where, years(in.readVLong()));
  }

  /** Decoded in place: {@code in} reads {@code bytes} from its start. */
  private static String readOptional(ByteArrayDataInput in, BytesRef bytes) {
    int n = in.readVInt();
    if (n == 0) {
      return null;
    }
    String s = new String(bytes.bytes, in.getPosition(), n - 1, StandardCharsets.UTF_8);
    in.skipBytes(n - 1);
    return s;
  }
}
