package dev.candidates.store;

import dev.candidates.index.CandidateIndex;
import dev.candidates.index.CandidateIndex.Provenance;
import dev.candidates.index.Kept;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the store does at every start, before the first write: removes half-built generations, moves an archive
 * kept only in folders (indexes of earlier versions) into the index, and makes the {@code added/}/{@code deleted/}
 * folders and the original files match what the index committed. A crash may have left them a write ahead (a copy
 * or a file of a write that never committed) or behind (a commit whose copies were not written yet).
 */
final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
  private final CandidateStore store;

  Recovery(CandidateStore store) {
    this.store = store;
  }

  void run() throws IOException {
    store.layout.removeStaleGenerations(); // this process holds the live generation's lock: nothing else builds
    CandidateIndex index = store.live.current();
    Kept kept = Kept.read(store.layout, store.env.json());
    if (!index.archiveInIndex()) {
      for (CandidateIndex.KeptProfile k : kept.profiles()) {
        try {
          index.upsert(store.env.enricher().facts(k.profile()), Provenance.kept(null));
        } catch (IllegalArgumentException e) {
          LOG.warn("kept profile {} skipped: {}", k.profile().id(), e.getMessage());
        }
      }
      index.setDeletedIds(kept.deleted());
      index.markArchiveInIndex();
      store.commit(index);
      kept = Kept.read(store.layout, store.env.json());
    }
    int changed = store.archive.match(kept);
    Set<String> keys = new HashSet<>();
    Set<String> withoutFile = new HashSet<>();
    for (CandidateIndex.KeptProfile k : kept.profiles()) {
      if (k.fileKey() != null) {
        keys.add(k.fileKey());
      } else {
        withoutFile.add(k.profile().id());
      }
    }
    int removed = store.files.removeUnreferenced(keys, withoutFile::contains);
    if (changed + removed > 0) {
      LOG.info("start-up: {} archive entries and {} files made to match the committed index", changed, removed);
    }
  }
}
