package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      "2017年3月至今; 2017-03; now",
      "2019.03 - 至今; 2019-03; now",
      "2016年5月到今; 2016-05; now",
      "2012年9月 ~ 2014年9月; 2012-09; 2014-09",
      "2019-09-01 至 2023-07-01; 2019-09; 2023-07",
      "*2020 年 8 月 - 至今*; 2020-08; now",
      "22年5月-23年2月; 2022-05; 2023-02",
      "Aug. 2018 – May 2021; 2018-08; 2021-05",
      "June 2020 - Present; 2020-06; now",
      "2022 - Present; 2022-01; now",
      "01/03/2019 – CURRENT; 2019-03; now",
      "15/09/2016 – 28/02/2019; 2016-09; 2019-02",
      "01.10.2011 - 30.06.2016; 2011-10; 2016-06",
      "09/15/2016 - 02/28/2019; 2016-09; 2019-02",
      "Jan '21 – Present; 2021-01; now",
      "Mar ’18 – Dec ’20; 2018-03; 2020-12",
      "Sept '98 - Jun '01; 1998-09; 2001-06",
      // a European CV written in English keeps its dates in its own language
      "Mars 2017 – Décembre 2020; 2017-03; 2020-12",
      "Sept. 2015 – Févr. 2017; 2015-09; 2017-02",
      "juin 2014 - juil. 2015; 2014-06; 2015-07",
      "Juillet 2016 – Août 2018; 2016-07; 2018-08",
      "Depuis janvier 2021; 2021-01; now",
      "avril 2019 – aujourd'hui; 2019-04; now",
      "März 2019 – heute; 2019-03; now",
      "Okt. 2012 - Dez. 2014; 2012-10; 2014-12",
      "enero 2018 - actualidad; 2018-01; now",
      "septiembre 2015 – diciembre 2017; 2015-09; 2017-12",
      "março 2016 - atual; 2016-03; now",
      "2020/3~仍在職; 2020-03; now",
      "2021.06--　　　　苏通港航投资集团有限公司; 2021-06; now",
      "2019.03--; 2019-03; now"})
  void everyCommonFormParses(String text, String start, String end) {
    DateRange r = DateRange.findFirst(ResumeParser.clean(text));
    assertEquals(YearMonth.parse(start), r.start(), text);
    assertEquals(end == null ? null : YearMonth.parse(end), r.end(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"2020.13 - 2021.01", "phone 138-0000-0123", "v1.2-3.4", "xxxx.xx - xxxx.xx"})
  void impossibleRangesAreNotDates(String text) {
    assertNull(DateRange.findFirst(text), text);
  }

  // Issue 12: a reversed range (this assertion used to expect no range at all), a placeholder end or a single date
  // give an unknown end (end = start), never a nonsense duration.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"2022 - 2019; 2022-01", "2019.03 - 202X; 2019-03", "2018.05 - xxxx.xx; 2018-05"})
  void aReversedRangeOrAPlaceholderEndHasAnUnknownEnd(String text, String start) {
    DateRange r = DateRange.findFirst(text);
    assertEquals(YearMonth.parse(start), r.start(), text);
    assertEquals(r.start(), r.end(), text);
    assertTrue(r.endUnknown(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"Summer 2013; 2013-06", "Cash Bank, clerk     1930.09; 1930-09",
      "Intern, Winter 2019; 2019-12"})
  void aSingleDateIsAStartWithAnUnknownEnd(String text, String start) {
    DateRange r = DateRange.findSingle(text);
    assertEquals(YearMonth.parse(start), r.start(), text);
    assertTrue(r.endUnknown(), text);
  }
}
