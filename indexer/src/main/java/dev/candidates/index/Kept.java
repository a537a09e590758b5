package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a rebuild from the data folder must carry over: the profiles written through the store (with their original
 * files) and the ids deleted through it. Read from the committed index, so it is exactly what was acknowledged: a
 * write that crashed before its commit is not in it, and neither is a delete that never committed. Indexes from
 * before the archive moved into the index are read from their {@code added/} and {@code deleted/} folders.
 */
public record Kept(List<CandidateIndex.KeptProfile> profiles, Set<String> deleted, List<String> unreadable) {
  public static final Kept NONE = new Kept(List.of(), Set.of(), List.of());

  public Kept {
    profiles = List.copyOf(profiles);
    deleted = Set.copyOf(deleted);
    unreadable = List.copyOf(unreadable);
  }

  /** What the live generation of {@code store} has committed (or its legacy folders say). */
  public static Kept read(IndexStore store, ObjectMapper json) throws IOException {
    Path gen = store.current();
    if (gen != null) {
      try (Directory d = FSDirectory.open(gen)) {
        if (DirectoryReader.indexExists(d)) {
          var data = SegmentInfos.readLatestCommit(d).getUserData();
          if (CandidateIndex.ARCHIVE_IN_INDEX.equals(data.get(CandidateIndex.ARCHIVE_KEY))) {
            try (DirectoryReader r = DirectoryReader.open(d)) {
              return new Kept(CandidateIndex.kept(new IndexSearcher(r), json),
                  new LinkedHashSet<>(CandidateIndex.deletedIds(data, json)), List.of());
            }
          }
        }
      }
    }
    return fromFolders(store, json);
  }

  /** The legacy archive: profiles under {@code added/}, deletion markers under {@code deleted/}. */
  public static Kept fromFolders(IndexStore store, ObjectMapper json) throws IOException {
    List<CandidateIndex.KeptProfile> profiles = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    Path dir = store.addedDir();
    if (Files.isDirectory(dir)) {
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
        ds.forEach(files::add);
      }
      Collections.sort(files);
      for (Path p : files) {
        try {
          profiles.add(new CandidateIndex.KeptProfile(json.readValue(p.toFile(), Profile.class), null));
        } catch (IOException e) {
          unreadable.add(p + ": unreadable kept profile: " + e.getMessage());
        }
      }
    }
    Set<String> deleted = new LinkedHashSet<>();
    if (Files.isDirectory(store.deletedDir())) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(store.deletedDir())) {
        for (Path p : ds) {
          deleted.add(ProfileArchive.idOf(p));
        }
      }
    }
    return new Kept(profiles, deleted, unreadable);
  }
}
