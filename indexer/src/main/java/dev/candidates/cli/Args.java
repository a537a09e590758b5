package dev.candidates.cli;

import dev.candidates.text.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments: {@code --name value} options, {@code --flag}s and positionals, checked against a spec. */
public final class Args {
  private final Map<String, String> options = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  /** Thrown for arguments a command does not take; the message says what to do. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }

  public static Args parse(String[] argv, Set<String> valued, Set<String> flags) {
    Args a = new Args();
    for (int i = 0; i < argv.length; i++) {
      String s = argv[i];
      if (s.equals("--")) {
        for (int j = i + 1; j < argv.length; j++) {
          a.positional.add(argv[j]);
        }
        break;
      }
      if (s.startsWith("--")) {
        String name = s.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name)) {
          a.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= argv.length) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = argv[++i];
          }
          a.options.put(name, value);
        } else {
          throw new UsageException("unknown option --" + name + hint(name, valued, flags));
        }
      } else if (s.equals("-h")) {
        a.options.put("help", "true");
      } else {
        a.positional.add(s);
      }
    }
    return a;
  }

  private static String hint(String name, Set<String> valued, Set<String> flags) {
    List<String> all = new ArrayList<>(valued);
    all.addAll(flags);
    String best = null;
    int bestD = 3;
    for (String o : all) {
      int d = EditDistance.distance(name, o, 2);
      if (d < bestD) {
        bestD = d;
        best = o;
      }
    }
    return best == null ? "" : " (did you mean --" + best + "?)";
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  public int intValue(String name, int fallback, int min, int max) {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, got \"" + v + "\"");
    }
  }

  public List<String> positional() {
    return positional;
  }
}
