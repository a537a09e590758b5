package dev.candidates.app;

import dev.candidates.api.Role;
import dev.candidates.api.TokensFile;
import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ./candidates token add|list|remove}: the named users of the API and their roles, in the tokens file. */
public final class TokenCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates token add NAME --role reader|admin [--index DIR]
             ./candidates token list [--index DIR]
             ./candidates token remove NAME [--index DIR]
        add     makes a new token for NAME (replacing NAME's old one) and prints it once: only its SHA-256 is kept,
                in <index>/tokens (mode 600). A reader may search and read profiles and files; an admin may also
                add, change and delete candidates and rebuild the index. A running server sees the change at once.
        list    the users, their roles and when their tokens were made (never the tokens)
        remove  deletes NAME's token""";

  public TokenCommand(PrintStream out, PrintStream err) {
    super(HELP, Set.of("role", "index"), Set.of(), out, err);
  }

  @Override
  int run(Args a) throws IOException {
    List<String> words = a.positional();
    if (words.isEmpty()) {
      out.println(HELP);
      return 2;
    }
    TokensFile users = TokensFile.of(Path.of(a.get("index", Environment.defaultIndex().toString())));
    String action = words.get(0);
    return switch (action) {
      case "add" -> add(users, name(words, "add"), a.get("role", null));
      case "list" -> list(users, words);
      case "remove" -> remove(users, name(words, "remove"));
      default -> throw usage("unknown token action \"" + action + "\"; use add, list or remove");
    };
  }

  private static String name(List<String> words, String action) {
    if (words.size() != 2) {
      throw new Args.UsageException("token " + action + " takes one NAME\n" + HELP);
    }
    return words.get(1);
  }

  private int add(TokensFile users, String name, String roleName) throws IOException {
    if (roleName == null) {
      throw new Args.UsageException("token add needs --role reader or --role admin");
    }
    Role role;
    String token;
    try {
      role = Role.parse(roleName);
      token = users.add(name, role);
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException(e.getMessage());
    }
    out.println(token);
    err.println("a " + role.label() + " token for " + name + " (shown once; only its SHA-256 is kept in "
        + users.path() + ")");
    return 0;
  }

  private int list(TokensFile users, List<String> words) throws IOException {
    if (words.size() != 1) {
      throw new Args.UsageException("token list takes no NAME\n" + HELP);
    }
    List<TokensFile.Entry> entries = users.entries();
    if (entries.isEmpty()) {
      err.println("no users in " + users.path());
    }
    for (TokensFile.Entry e : entries) {
      out.println(e.name() + "\t" + e.role().label() + "\t" + e.created());
    }
    return 0;
  }

  private int remove(TokensFile users, String name) throws IOException {
    if (users.remove(name)) {
      err.println("removed the token of " + name);
      return 0;
    }
    err.println("error: no user named " + name + " in " + users.path());
    return 1;
  }
}
