package dev.candidates.app;

import java.io.IOException;

/** One sub-command of {@code ./candidates}: its arguments in, its exit code out (2 for a usage mistake). */
public interface Command {
  int run(String[] args) throws IOException;
}
