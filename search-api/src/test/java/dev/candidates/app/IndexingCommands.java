package dev.candidates.app;

import dev.candidates.cli.Environment;
import java.io.IOException;
import java.io.PrintStream;

/** The four indexing commands, each its own class, called as the test calls them. */
public final class IndexingCommands {
  private final ParseCommand parse;
  private final IndexCommand index;
  private final AddCommand add;
  private final DeleteCommand delete;

  public IndexingCommands(Environment env, PrintStream out, PrintStream err) {
    parse = new ParseCommand(env, out, err);
    index = new IndexCommand(env, out, err);
    add = new AddCommand(env, out, err);
    delete = new DeleteCommand(env, out, err);
  }

  public int parse(String[] args) throws IOException {
    return parse.run(args);
  }

  public int index(String[] args) throws IOException {
    return index.run(args);
  }

  public int add(String[] args) throws IOException {
    return add.run(args);
  }

  public int delete(String[] args) throws IOException {
    return delete.run(args);
  }
}
