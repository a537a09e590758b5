package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "now", value = {
      "2022.08 - Present; 2022-08; now",
      "2019/03–至今; 2019-03; now",
      "2018年7月 - 2020年4月; 2018-07; 2020-04",
      "Mar 2017 – Present; 2017-03; now",
      "2015-2018; 2015-01; 2018-01",
      "2020.04-2022.07; 2020-04; 2022-07",
      "03/2019 - 05/2021; 2019-03; 2021-05",
      "September 2016 to June 2019; 2016-09; 2019-06",
      "２０２０．０４－２０２２．０７; 2020-04; 2022-07",
      "2021.3 ~ 2022.1; 2021-03; 2022-01",
      "2017年3月至今; 2017-03; now"})
  void everyCommonFormParses(String text, String start, String end) {
    DateRange r = DateRange.findFirst(ResumeParser.clean(text));
    assertEquals(YearMonth.parse(start), r.start(), text);
    assertEquals(end == null ? null : YearMonth.parse(end), r.end(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"2020.13 - 2021.01", "phone 138-0000-0123", "2022 - 2019", "v1.2-3.4"})
  void impossibleRangesAreNotDates(String text) {
    assertNull(DateRange.findFirst(text), text);
  }
}
