package dev.candidates.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fast "YYYY-MM" path of Dates.parse agrees with YearMonth.parse. */
class DatesTest {
  @Test
  void parsesEveryMonthAsYearMonthDoes() {
    for (int y = 0; y <= 9999; y += 7) {
      for (int m = 1; m <= 12; m++) {
        String s = String.format(Locale.ROOT, "%04d-%02d", y, m);
        assertEquals(YearMonth.parse(s), Dates.parse(s), s);
      }
    }
    assertEquals(null, Dates.parse(null));
  }

  @Test
  void anythingElseFailsAsBefore() {
    for (String bad : new String[] {"2019-13", "2019-00", "2019-1", "19-01", "2019/01", "２０１９-01", "2019-01 "}) {
      assertThrows(DateTimeParseException.class, () -> Dates.parse(bad), bad);
    }
  }
}
