package dev.candidates.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import dev.candidates.index.Schema;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * The enriched profiles of our index (its stored JSON: canonical skills, skillYears, totalYears, text), one per
 * line, for Solr to index: both engines then hold exactly the same profiles with the same computed facts.
 */
final class SolrExport {
  private SolrExport() {}

  static long write(SearchFixture fixture, Path file) throws IOException {
    long n = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (LeafReaderContext ctx : fixture.reader().leaves()) {
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        StoredFields stored = leaf.storedFields();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          var bytes = stored.document(doc, Set.of(Schema.SOURCE)).getBinaryValue(Schema.SOURCE);
          out.write(bytes.bytes, bytes.offset, bytes.length); // compact JSON: no raw newlines inside
          out.write('\n');
          n++;
        }
      }
    }
    return n;
  }
}
