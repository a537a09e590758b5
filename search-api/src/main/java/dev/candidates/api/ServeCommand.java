package dev.candidates.api;

import java.io.PrintStream;

public final class ServeCommand {
  public ServeCommand(PrintStream out, PrintStream err) {}

  public int run(String[] args) {
    return 2;
  }
}
