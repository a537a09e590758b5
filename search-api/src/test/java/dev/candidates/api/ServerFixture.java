package dev.candidates.api;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server over the {@link Fixtures} index, as the HTTP tests share it: a test class extends {@link PerClass}
 * when its tests only read (one server for the class), or {@link PerTest} when they write (a fresh server per test
 * over a copy of the index, which is built once per class).
 */
final class ServerFixture {
  private ServerFixture() {}

  /** One server for the whole class, in {@code dir}. */
  abstract static class PerClass {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void startTheServer() throws Exception {
      server = TestServer.start(dir);
    }

    @AfterAll
    static void stopTheServer() throws Exception {
      if (server != null) {
        server.close();
      }
    }
  }

  /** A fresh server for each test, in {@code dir}, over a copy of the index built once in {@code template}. */
  abstract static class PerTest {
    @TempDir
    static Path template;
    @TempDir
    Path dir;
    TestServer server;

    @BeforeAll
    static void buildTheFixtureIndexOnce() throws Exception {
      TestServer.buildTemplate(template);
    }

    @BeforeEach
    void startTheServer() throws Exception {
      server = TestServer.startCopy(template, dir);
    }

    @AfterEach
    void stopTheServer() throws Exception {
      server.close();
    }
  }
}
