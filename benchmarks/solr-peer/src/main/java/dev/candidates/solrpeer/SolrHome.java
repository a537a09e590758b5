package dev.candidates.solrpeer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Lays out a Solr home with one core, {@value #CORE}, from the configuration shipped in this jar. */
final class SolrHome {
  static final String CORE = "candidates";

  private SolrHome() {}

  /** Writes solr.xml and the core's configuration (always, so a changed schema is picked up); keeps its data. */
  static void prepare(Path home) throws IOException {
    Path core = home.resolve(CORE);
    Files.createDirectories(core.resolve("conf"));
    copy("solr-peer/solr.xml", home.resolve("solr.xml"));
    copy("solr-peer/conf/solrconfig.xml", core.resolve("conf/solrconfig.xml"));
    copy("solr-peer/conf/schema.xml", core.resolve("conf/schema.xml"));
    Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\n");
  }

  static Path dataDir(Path home) {
    return home.resolve(CORE).resolve("data");
  }

  private static void copy(String resource, Path target) {
    try (InputStream in = SolrHome.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " (is the jar complete?)");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
